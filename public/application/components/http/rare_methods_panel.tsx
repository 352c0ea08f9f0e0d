import React from 'react';
import { EuiBasicTable, EuiText } from '@elastic/eui';
import type { RareValuesResponse } from '../../../../common/api/rare_values';
import type { RequestState } from '../../hooks/use_api_request';
import { translate } from '../../lib/translate';
import { AnalysisPanel } from '../shared/analysis_panel';

/** The least common HTTP methods with exact counts (rare verbs are leads). */
export function RareMethodsPanel({ state }: { state: RequestState<RareValuesResponse> }) {
  return (
    <AnalysisPanel
      title={translate('huntEda.rareMethods.title', 'Least common HTTP methods')}
      state={state}
      isEmpty={(data) => data.values.length === 0}
      warnings={(data) => data.warnings}
      emptyMessage={translate('huntEda.rareMethods.empty', 'No HTTP methods in this index and time range.')}
      data-test-subj="huntEdaRareMethodsPanel"
    >
      {(data) => (
        <>
          <EuiBasicTable
            tableCaption={translate('huntEda.rareMethods.caption', 'Least common HTTP methods')}
            items={[...data.values]}
            columns={[
              { field: 'value', name: translate('huntEda.rareMethods.method', 'Method'), render: (value: string) => <code>{value}</code> },
              { field: 'count', name: translate('huntEda.rareMethods.count', 'Requests'), dataType: 'number' },
            ]}
          />
          <EuiText size="xs" color="subdued">
            <p>
              {translate('huntEda.rareMethods.footnote', '{distinct} distinct methods, every one counted{partial}.', {
                distinct: data.distinct_values,
                partial: data.partial ? translate('huntEda.rareMethods.partial', ' (some shards failed: counts are lower bounds)') : '',
              })}
            </p>
          </EuiText>
        </>
      )}
    </AnalysisPanel>
  );
}
