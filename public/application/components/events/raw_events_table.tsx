import React, { useMemo, useState } from 'react';
import {
  EuiBasicTable,
  EuiButtonEmpty,
  EuiCallOut,
  EuiCodeBlock,
  EuiProgress,
  EuiSpacer,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { EventsResponse, RawEventBody } from '../../../../common/api/events';
import { getEventFieldValue } from '../../../../common/events/get_event_field_value';
import { HUNT_EDA_ICONS } from '../../../icons/hunt_eda_icons';
import type { HuntEdaApiClient } from '../../../services/api_client';
import { useApiRequest } from '../../hooks/use_api_request';
import { buildEventsRequest } from '../../lib/build_events_request';
import { formatEventValue } from '../../lib/format_event_value';
import type { DiscoverLinkParams } from '../../lib/query_context';
import { translate } from '../../lib/translate';

/** A column of the table: a field of the events, under a name the hunter knows (Source, Method…). */
export interface RawEventsKeyField {
  readonly field: string;
  readonly name: string;
}

export interface RawEventsTableProps {
  readonly client: HuntEdaApiClient;
  /** The drill-down's selection, as its Discover link has it. */
  readonly params: DiscoverLinkParams;
  readonly timestampField: string;
  readonly keyFields: readonly RawEventsKeyField[];
}

function describeCount(response: EventsResponse): string | null {
  const shown = response.events.length;
  const total = response.total.value.toLocaleString('en-US');
  if (response.total.value === 0) return null;
  if (response.total.relation === 'gte') {
    return translate('huntEda.rawEvents.countAtLeast', 'The first {shown} of more than {total} events, oldest first.', { shown, total });
  }
  if (response.total.value === 1) return translate('huntEda.rawEvents.countOne', 'The one event of this selection.');
  if (shown === response.total.value) return translate('huntEda.rawEvents.countAll', 'All {total} events, oldest first.', { total });
  return translate('huntEda.rawEvents.count', 'The first {shown} of {total} events, oldest first.', { shown, total });
}

function EventsTable({ response, keyFields, caption }: { response: EventsResponse; keyFields: readonly RawEventsKeyField[]; caption: string }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const expandedRows = useMemo(() => {
    const rows: Record<string, React.ReactNode> = {};
    for (const event of response.events) {
      if (!expanded.has(event.id)) continue;
      rows[event.id] = (
        <EuiCodeBlock language="json" fontSize="s" paddingSize="s" overflowHeight={320} isCopyable data-test-subj="huntEdaRawEventJson">
          {JSON.stringify(event.source, null, 2)}
        </EuiCodeBlock>
      );
    }
    return rows;
  }, [expanded, response.events]);
  const columns: Array<EuiBasicTableColumn<RawEventBody>> = [
    {
      isExpander: true,
      // Room for the icon and "JSON"/"Hide" without an ellipsis.
      width: '88px',
      name: <span className="euiScreenReaderOnly">{translate('huntEda.rawEvents.expand', 'Show all fields')}</span>,
      render: (event: RawEventBody) => {
        const open = expanded.has(event.id);
        const label = open
          ? translate('huntEda.rawEvents.collapseRow', 'Hide the fields of the event at {time}', { time: new Date(event.timestamp).toISOString() })
          : translate('huntEda.rawEvents.expandRow', 'Show all fields of the event at {time}', { time: new Date(event.timestamp).toISOString() });
        // Text as well as an icon: the text says what opens.
        return (
          <EuiButtonEmpty size="xs" flush="left" onClick={() => toggle(event.id)} aria-label={label} aria-expanded={open} iconType={open ? HUNT_EDA_ICONS.collapseRow : HUNT_EDA_ICONS.expandRow} data-test-subj="huntEdaRawEventToggle">
            {open ? translate('huntEda.rawEvents.hide', 'Hide') : translate('huntEda.rawEvents.json', 'JSON')}
          </EuiButtonEmpty>
        );
      },
    },
    {
      field: 'timestamp',
      // The full ISO time (as Discover and the flyout's facts show it) on one line, in the table's own font
      // with even-width digits: a <code> font ran 40 px past this column into the next.
      width: '220px',
      name: translate('huntEda.rawEvents.timestamp', 'Time (UTC)'),
      render: (timestamp: number) => <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{new Date(timestamp).toISOString()}</span>,
    },
    ...keyFields.map(
      ({ field, name }): EuiBasicTableColumn<RawEventBody> => ({
        name,
        render: (event: RawEventBody) => formatEventValue(getEventFieldValue(event.source, field)),
        'data-test-subj': `huntEdaRawEventCell-${field}`,
      }),
    ),
  ];
  return (
    <EuiBasicTable
      tableCaption={caption}
      items={[...response.events]}
      itemId="id"
      itemIdToExpandedRowMap={expandedRows}
      columns={columns}
      noItemsMessage={translate('huntEda.rawEvents.none', 'No events match this selection.')}
      data-test-subj="huntEdaRawEventsTable"
    />
  );
}

/**
 * The first raw events behind a drill-down (the same selection as its Discover link), the time and the key
 * fields per row, each row expanding to the event's every field as JSON. Loads on its own: its progress,
 * error and warnings stay inside it, so a failing events query never hides the flyout's facts.
 */
export function RawEventsTable({ client, params, timestampField, keyFields }: RawEventsTableProps) {
  const headingId = useGeneratedHtmlId({ prefix: 'huntEdaRawEvents' });
  const state = useApiRequest(async (signal) => client.events(buildEventsRequest(params, timestampField), signal), JSON.stringify([params, timestampField]));
  const title = translate('huntEda.rawEvents.title', 'Raw events');
  return (
    <section aria-labelledby={headingId} aria-busy={state.status === 'loading'} data-test-subj="huntEdaRawEvents">
      <EuiTitle size="xxs">
        <h3 id={headingId}>{title}</h3>
      </EuiTitle>
      <EuiSpacer size="xs" />
      {state.status === 'loading' ? <EuiProgress size="xs" color="accent" aria-label={translate('huntEda.rawEvents.loading', 'Loading the raw events')} data-test-subj="huntEdaRawEventsLoading" /> : null}
      {state.status === 'error' ? (
        <EuiCallOut announceOnMount color="danger" iconType="error" size="s" title={translate('huntEda.rawEvents.error', 'The raw events could not load')} data-test-subj="huntEdaRawEventsError">
          <p>{state.error.message}</p>
        </EuiCallOut>
      ) : null}
      {state.status === 'success' ? (
        <>
          {describeCount(state.data) !== null ? (
            <EuiText size="xs" color="subdued">
              <p data-test-subj="huntEdaRawEventsCount">{describeCount(state.data)}</p>
            </EuiText>
          ) : null}
          {state.data.warnings.map((warning) => (
            <EuiCallOut key={`${warning.code}:${warning.message}`} size="s" color="warning" iconType="warning" title={warning.message} data-test-subj={`huntEdaRawEventsWarning-${warning.code}`} />
          ))}
          <EventsTable response={state.data} keyFields={keyFields} caption={title} />
        </>
      ) : null}
    </section>
  );
}
