import React, { type ReactNode } from 'react';
import { EuiCallOut, EuiEmptyPrompt, EuiPanel, EuiProgress, EuiSpacer, EuiTitle } from '@elastic/eui';
import type { ResponseWarning } from '../../../../common/api/request_schemas';
import type { RequestState } from '../../hooks/use_api_request';
import { translate } from '../../lib/translate';

export interface AnalysisPanelProps<T> {
  readonly title: string;
  readonly state: RequestState<T>;
  /** True when the answer has nothing to draw (shows the empty state instead of an empty chart). */
  readonly isEmpty: (data: T) => boolean;
  readonly emptyMessage: string;
  readonly warnings?: (data: T) => readonly ResponseWarning[];
  readonly children: (data: T) => ReactNode;
  /** Lay the content out as a column filling the panel's height (for a ChartFrame with `grow`). */
  readonly fillHeight?: boolean;
  readonly 'data-test-subj'?: string;
}

/**
 * One panel's frame: progress while its request runs, its own error as a callout (the other panels go
 * on), an empty state, the route's warnings, then the content. A section with a heading, for screen readers.
 */
export function AnalysisPanel<T>({ title, state, isEmpty, emptyMessage, warnings, children, fillHeight = false, ...rest }: AnalysisPanelProps<T>) {
  const headingId = `huntEdaPanel-${title.replace(/\W+/g, '-')}`;
  const data = state.status === 'success' ? state.data : state.status === 'loading' ? state.previous : undefined;
  return (
    <EuiPanel
      hasBorder
      paddingSize="m"
      style={fillHeight ? { display: 'flex', flexDirection: 'column', flexGrow: 1 } : undefined}
      data-test-subj={rest['data-test-subj']}
      aria-labelledby={headingId}
      role="region"
      aria-busy={state.status === 'loading'}
    >
      {state.status === 'loading' ? (
        <EuiProgress size="xs" color="accent" position="absolute" aria-label={translate('huntEda.panel.loading', 'Loading {title}', { title })} />
      ) : null}
      <EuiTitle size="xs">
        <h3 id={headingId}>{title}</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {state.status === 'error' ? (
        <EuiCallOut
          announceOnMount
          color="danger"
          iconType="error"
          title={translate('huntEda.panel.errorTitle', 'This panel could not load')}
          data-test-subj="huntEdaPanelError"
        >
          <p>{state.error.message}</p>
        </EuiCallOut>
      ) : null}
      {state.status === 'idle' ? <p>{translate('huntEda.panel.idle', 'Set an index pattern and time range to start.')}</p> : null}
      {data !== undefined && isEmpty(data) ? (
        <EuiEmptyPrompt iconType="visualizeApp" titleSize="xs" title={<h4>{emptyMessage}</h4>} data-test-subj="huntEdaPanelEmpty" />
      ) : null}
      {data !== undefined && !isEmpty(data) ? (
        <>
          {(warnings?.(data) ?? []).map((warning) => (
            <React.Fragment key={`${warning.code}:${warning.message}`}>
              <EuiCallOut size="s" color="warning" iconType="warning" title={warning.message} data-test-subj={`huntEdaWarning-${warning.code}`} />
              <EuiSpacer size="s" />
            </React.Fragment>
          ))}
          {children(data)}
        </>
      ) : null}
    </EuiPanel>
  );
}
