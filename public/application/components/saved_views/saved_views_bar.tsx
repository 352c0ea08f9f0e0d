import React, { useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiConfirmModal,
  EuiCopy,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiPopover,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import type { HuntEdaView } from '../../../../common/saved_views/hunt_eda_view';
import type { HuntEdaLocatorParams } from '../../../locator/hunt_eda_url_state';
import type { SavedViewsAccess } from '../../../saved_views/get_saved_views_access';
import type { SavedViewsClient } from '../../../saved_views/saved_views_client';
import { proposeCopyTitle, type OpenedViewMeta } from '../../../saved_views/saved_views_state';
import { useSavedViews } from '../../hooks/use_saved_views';
import { translate } from '../../lib/translate';
import { OpenViewFlyout } from './open_view_flyout';
import { SaveViewModal } from './save_view_modal';

export interface SavedViewsBarProps {
  readonly client: SavedViewsClient;
  readonly access: SavedViewsAccess;
  /** The saved view the app was opened on, if any. */
  readonly openedView?: HuntEdaView;
  readonly getCurrentParams: () => HuntEdaLocatorParams;
  /** The address of the current view (the app keeps its whole state in the URL). */
  readonly getShareUrl: () => string;
  /** Opens a saved view by id (the host reads it and remounts the app on it). */
  readonly onOpenView: (id: string) => void;
  readonly onOpenedViewChange: (view: OpenedViewMeta | null) => void;
}

/**
 * The app's top bar: which saved view is open, and Open, Save, Save as, Delete and Share. Users without
 * the `all` privilege see Open and Share only. A save that meets a newer version stops with a callout
 * offering to reload the view or save this one as a new view.
 */
export function SavedViewsBar({ client, access, openedView, getCurrentParams, getShareUrl, onOpenView, onOpenedViewChange }: SavedViewsBarProps) {
  const { state, openDialog, closeDialog, dismiss, save, remove } = useSavedViews({ client, openedView, getCurrentParams, onOpenedViewChange });
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const { current, dialog, conflict } = state;

  return (
    <div data-test-subj="huntEdaSavedViewsBar">
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem>
          <EuiText size="s" data-test-subj="huntEdaCurrentViewTitle">
            {current ? <strong>{current.title}</strong> : <em>{translate('huntEda.savedViews.unsaved', 'Unsaved view')}</em>}
          </EuiText>
        </EuiFlexItem>
        {access.canOpen ? (
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="s" iconType="folderOpen" onClick={() => openDialog({ kind: 'open' })} data-test-subj="huntEdaOpenView">
              {translate('huntEda.savedViews.open', 'Open')}
            </EuiButtonEmpty>
          </EuiFlexItem>
        ) : null}
        {access.canSave ? (
          <>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty size="s" iconType="save" onClick={() => openDialog({ kind: 'save', mode: 'save' })} data-test-subj="huntEdaSaveView">
                {translate('huntEda.savedViews.save', 'Save')}
              </EuiButtonEmpty>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty size="s" iconType="copy" onClick={() => openDialog({ kind: 'save', mode: 'saveAs' })} data-test-subj="huntEdaSaveViewAs">
                {translate('huntEda.savedViews.saveAs', 'Save as')}
              </EuiButtonEmpty>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty size="s" iconType="trash" color="danger" isDisabled={!current} onClick={() => current && openDialog({ kind: 'delete', target: current })} data-test-subj="huntEdaDeleteView">
                {translate('huntEda.savedViews.delete', 'Delete')}
              </EuiButtonEmpty>
            </EuiFlexItem>
          </>
        ) : null}
        <EuiFlexItem grow={false}>
          <EuiPopover
            isOpen={shareUrl !== null}
            closePopover={() => setShareUrl(null)}
            anchorPosition="downRight"
            button={
              <EuiButtonEmpty size="s" iconType="share" onClick={() => setShareUrl(shareUrl === null ? getShareUrl() : null)} data-test-subj="huntEdaShareView">
                {translate('huntEda.savedViews.share', 'Share')}
              </EuiButtonEmpty>
            }
          >
            <EuiFormRow label={translate('huntEda.savedViews.shareLabel', 'Link to this view')} style={{ width: 420 }}>
              <EuiFieldText readOnly fullWidth value={shareUrl ?? ''} onFocus={(e) => e.target.select()} data-test-subj="huntEdaShareUrl" />
            </EuiFormRow>
            <EuiSpacer size="s" />
            <EuiCopy textToCopy={shareUrl ?? ''} afterMessage={translate('huntEda.savedViews.copied', 'Copied')}>
              {(copy) => (
                <EuiButton size="s" iconType="copy" onClick={copy} data-test-subj="huntEdaCopyShareUrl">
                  {translate('huntEda.savedViews.copyLink', 'Copy link')}
                </EuiButton>
              )}
            </EuiCopy>
          </EuiPopover>
        </EuiFlexItem>
      </EuiFlexGroup>

      {conflict ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="warning" iconType="warning" title={translate('huntEda.savedViews.conflictTitle', '"{title}" was changed by someone else', { title: conflict.view.title })} data-test-subj="huntEdaSavedViewConflict">
            <p>
              {translate(
                'huntEda.savedViews.conflictBody',
                'It was saved or deleted after you opened it, so your changes were not saved over it. Reload it to see the latest version (your changes are dropped), or save yours as a new view.',
              )}
            </p>
            <EuiFlexGroup gutterSize="s" responsive={false}>
              <EuiFlexItem grow={false}>
                <EuiButton size="s" onClick={() => onOpenView(conflict.view.id)} data-test-subj="huntEdaConflictReload">
                  {translate('huntEda.savedViews.reload', 'Reload "{title}"', { title: conflict.view.title })}
                </EuiButton>
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButton size="s" fill onClick={() => openDialog({ kind: 'save', mode: 'saveAs' })} data-test-subj="huntEdaConflictSaveAs">
                  {translate('huntEda.savedViews.saveMineAsNew', 'Save mine as a new view')}
                </EuiButton>
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButtonEmpty size="s" onClick={dismiss} data-test-subj="huntEdaConflictDismiss">
                  {translate('huntEda.savedViews.dismiss', 'Dismiss')}
                </EuiButtonEmpty>
              </EuiFlexItem>
            </EuiFlexGroup>
          </EuiCallOut>
        </>
      ) : null}
      {state.notice ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut size="s" color="success" iconType="check" title={state.notice} onDismiss={dismiss} data-test-subj="huntEdaSavedViewNotice" />
        </>
      ) : null}
      {state.error && dialog === null ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut size="s" color="danger" iconType="error" title={state.error} onDismiss={dismiss} data-test-subj="huntEdaSavedViewError" />
        </>
      ) : null}

      {dialog?.kind === 'save' ? (
        <SaveViewModal
          mode={dialog.mode}
          initial={
            dialog.mode === 'save' && current
              ? { title: current.title, ...(current.description !== undefined ? { description: current.description } : {}) }
              : { title: current ? proposeCopyTitle(current.title) : '', ...(current?.description !== undefined ? { description: current.description } : {}) }
          }
          pending={state.pending}
          error={state.error}
          onSave={(title) => void save(dialog.mode, title)}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'open' ? (
        <OpenViewFlyout
          client={client}
          currentId={current?.id}
          onOpen={(id) => {
            closeDialog();
            onOpenView(id);
          }}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <EuiConfirmModal
          title={translate('huntEda.savedViews.deleteTitle', 'Delete "{title}"?', { title: dialog.target.title })}
          onCancel={closeDialog}
          onConfirm={() => void remove(dialog.target)}
          cancelButtonText={translate('huntEda.savedViews.cancel', 'Cancel')}
          confirmButtonText={translate('huntEda.savedViews.confirmDelete', 'Delete view')}
          buttonColor="danger"
          isLoading={state.pending}
          data-test-subj="huntEdaDeleteViewConfirm"
        >
          <p>{translate('huntEda.savedViews.deleteBody', 'Everyone who can see this view loses it. Links to it stop working. The data is not touched.')}</p>
          {state.error ? <EuiCallOut size="s" color="danger" iconType="error" title={state.error} /> : null}
        </EuiConfirmModal>
      ) : null}
    </div>
  );
}
