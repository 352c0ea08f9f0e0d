import React, { useState } from 'react';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFieldText, EuiForm, EuiFormRow, EuiModal, EuiModalBody, EuiModalFooter, EuiModalHeader, EuiModalHeaderTitle, EuiTextArea } from '@elastic/eui';
import type { ViewTitle } from '../../../saved_views/view_state_params';
import { translate } from '../../lib/translate';

export interface SaveViewModalProps {
  readonly mode: 'save' | 'saveAs';
  readonly initial: ViewTitle;
  readonly pending: boolean;
  readonly error: string | null;
  readonly onSave: (title: ViewTitle) => void;
  readonly onClose: () => void;
}

/** Title and description of the view to save; Save stays disabled until there is a title. */
export function SaveViewModal({ mode, initial, pending, error, onSave, onClose }: SaveViewModalProps) {
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description ?? '');
  const heading = mode === 'saveAs' ? translate('huntEda.savedViews.saveAsTitle', 'Save as a new view') : translate('huntEda.savedViews.saveTitle', 'Save view');
  const canSave = title.trim() !== '' && !pending;
  return (
    <EuiModal onClose={onClose} aria-label={heading} data-test-subj="huntEdaSaveViewModal">
      <EuiModalHeader>
        <EuiModalHeaderTitle>{heading}</EuiModalHeaderTitle>
      </EuiModalHeader>
      <EuiModalBody>
        <EuiForm
          component="form"
          id="huntEdaSaveViewForm"
          onSubmit={(event) => {
            event.preventDefault();
            if (canSave) onSave({ title, description });
          }}
        >
          <EuiFormRow label={translate('huntEda.savedViews.titleLabel', 'Title')} fullWidth>
            <EuiFieldText fullWidth autoFocus value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} data-test-subj="huntEdaSaveViewTitle" />
          </EuiFormRow>
          <EuiFormRow label={translate('huntEda.savedViews.descriptionLabel', 'Description')} fullWidth>
            <EuiTextArea fullWidth rows={3} value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} data-test-subj="huntEdaSaveViewDescription" />
          </EuiFormRow>
        </EuiForm>
        {error ? <EuiCallOut size="s" color="danger" iconType="error" title={error} data-test-subj="huntEdaSaveViewError" /> : null}
      </EuiModalBody>
      <EuiModalFooter>
        <EuiButtonEmpty onClick={onClose} isDisabled={pending}>
          {translate('huntEda.savedViews.cancel', 'Cancel')}
        </EuiButtonEmpty>
        <EuiButton type="submit" form="huntEdaSaveViewForm" fill isLoading={pending} isDisabled={!canSave} data-test-subj="huntEdaSaveViewConfirm">
          {translate('huntEda.savedViews.confirmSave', 'Save')}
        </EuiButton>
      </EuiModalFooter>
    </EuiModal>
  );
}
