import React, { useEffect, useState } from 'react';
import { EuiCallOut, EuiFieldSearch, EuiFlyout, EuiFlyoutBody, EuiFlyoutHeader, EuiSelectable, EuiSpacer, EuiText, EuiTitle, type EuiSelectableOption } from '@elastic/eui';
import type { FindSavedViewsResponse } from '../../../../common/api/saved_views';
import type { SavedViewsClient } from '../../../saved_views/saved_views_client';
import { messageOfHttpError } from '../../hooks/use_saved_views';
import { translate } from '../../lib/translate';

export interface OpenViewFlyoutProps {
  readonly client: SavedViewsClient;
  readonly currentId: string | undefined;
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

/** Typing settles for this long before the list is asked again. */
const SEARCH_DELAY_MS = 250;

/** The saved views, newest first, searchable by title and description; choosing one opens it. */
export function OpenViewFlyout({ client, currentId, onOpen, onClose }: OpenViewFlyoutProps) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<FindSavedViewsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    const timer = setTimeout(
      () => {
        client.find({ search: search.trim() || undefined, perPage: 100 }).then(
          (result) => {
            if (cancelled) return;
            setFound(result);
            setError(null);
            setLoading(false);
          },
          (reason: unknown) => {
            if (cancelled) return;
            setError(messageOfHttpError(reason));
            setLoading(false);
          },
        );
      },
      search === '' ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, search]);

  const options: EuiSelectableOption[] = (found?.views ?? []).map((view) => ({
    key: view.id,
    label: view.title,
    checked: view.id === currentId ? 'on' : undefined,
    data: { description: view.description },
    'data-test-subj': `huntEdaSavedView-${view.id}`,
  }));
  return (
    <EuiFlyout onClose={onClose} size="s" ownFocus aria-labelledby="huntEdaOpenViewTitle" data-test-subj="huntEdaOpenViewFlyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id="huntEdaOpenViewTitle">{translate('huntEda.savedViews.openTitle', 'Open a saved view')}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiFieldSearch
          fullWidth
          incremental
          value={search}
          placeholder={translate('huntEda.savedViews.searchPlaceholder', 'Search titles and descriptions')}
          onChange={(e) => setSearch(e.target.value)}
          isLoading={loading}
          data-test-subj="huntEdaSavedViewsSearch"
        />
        <EuiSpacer size="s" />
        {error ? <EuiCallOut size="s" color="danger" iconType="error" title={error} data-test-subj="huntEdaSavedViewsError" /> : null}
        {found && found.total > found.views.length ? (
          <EuiText size="xs" color="subdued">
            {translate('huntEda.savedViews.more', 'Showing the {shown} newest of {total}; search to narrow.', { shown: found.views.length, total: found.total })}
          </EuiText>
        ) : null}
        <EuiSelectable
          aria-label={translate('huntEda.savedViews.listLabel', 'Saved views')}
          singleSelection
          options={options}
          isLoading={loading && found === null}
          listProps={{ showIcons: true, isVirtualized: false }}
          renderOption={(option) => (
            <>
              <span>{option.label}</span>
              {typeof option.data?.description === 'string' && option.data.description !== '' ? (
                <EuiText size="xs" color="subdued" className="eui-textTruncate">
                  {option.data.description}
                </EuiText>
              ) : null}
            </>
          )}
          emptyMessage={search ? translate('huntEda.savedViews.noMatch', 'No saved view matches "{search}".', { search }) : translate('huntEda.savedViews.none', 'No saved views yet.')}
          onChange={(_options, _event, changed) => {
            if (changed.key) onOpen(changed.key);
          }}
          data-test-subj="huntEdaSavedViewsList"
        >
          {(list) => list}
        </EuiSelectable>
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
