import React from 'react';
import { EuiBasicTable, EuiButton, EuiDescriptionList, EuiFlyout, EuiFlyoutBody, EuiFlyoutHeader, EuiSpacer, EuiText, EuiTitle, useGeneratedHtmlId } from '@elastic/eui';
import type { TermCount } from '../../../../common/api/timeline';
import type { HuntEdaApiClient } from '../../../services/api_client';
import { buildBucketDiscoverParams } from '../../lib/build_discover_params';
import { buildTransferEventsParams } from '../../lib/build_events_request';
import type { HttpControls } from '../../lib/http_controls';
import { getFieldMapping, type DiscoverLinkParams, type QueryContext } from '../../lib/query_context';
import { translate } from '../../lib/translate';
import { RawEventsTable, type RawEventsKeyField } from '../events/raw_events_table';
import type { HttpSelection } from './http_selection';

export interface HttpFlyoutProps {
  /** Fetches the selection's first raw events. */
  readonly client: HuntEdaApiClient;
  readonly selection: HttpSelection;
  readonly context: QueryContext;
  readonly controls: HttpControls;
  readonly onClose: () => void;
  readonly onOpenInDiscover?: (params: DiscoverLinkParams) => void;
}

function TopTable({ title, terms }: { title: string; terms: readonly TermCount[] | null }) {
  return (
    <>
      <EuiTitle size="xxs">
        <h3>{title}</h3>
      </EuiTitle>
      {terms === null ? (
        <EuiText size="xs" color="subdued">
          <p>{translate('huntEda.bucket.noDrilldown', 'Not listed: more outlier buckets than the route drills into; open the bucket in Discover.')}</p>
        </EuiText>
      ) : (
        <EuiBasicTable
          tableCaption={title}
          items={[...terms]}
          columns={[
            { field: 'value', name: translate('huntEda.bucket.value', 'Value'), render: (v: string) => <code>{v}</code> },
            { field: 'count', name: translate('huntEda.bucket.count', 'Requests'), dataType: 'number' },
          ]}
        />
      )}
      <EuiSpacer size="m" />
    </>
  );
}

/** The HTTP mapping's fields present in this mapping, as the raw-events table's columns. */
function httpKeyFields(context: QueryContext): RawEventsKeyField[] {
  const mapping = getFieldMapping(context);
  const candidates: Array<[string | undefined, string]> = [
    [mapping.source, translate('huntEda.bucket.sourceColumn', 'Source')],
    [mapping.destination, translate('huntEda.bucket.destinationColumn', 'Destination')],
    [mapping.http_method, translate('huntEda.bucket.methodColumn', 'Method')],
    [mapping.domain, translate('huntEda.bucket.domainColumn', 'Domain')],
    [mapping.bytes_out, translate('huntEda.bucket.bytesOutColumn', 'Bytes out')],
  ];
  return candidates.flatMap(([field, name]) => (field === undefined ? [] : [{ field, name }]));
}

/** An outlier bucket's hosts and URLs (domains), or one outlier transfer, each with its first raw events and its Discover link. */
export function HttpFlyout({ client, selection, context, controls, onClose, onOpenInDiscover }: HttpFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'huntEdaHttpFlyout' });
  let title: string;
  let body: React.ReactNode;
  let discover: DiscoverLinkParams;
  // The bucket's events are the Discover link's; a transfer's are found by time, method and bytes (any engine).
  let events: DiscoverLinkParams;
  if (selection.kind === 'bucket') {
    const { outlier } = selection;
    const end = outlier.bucket_start + controls.intervalMinutes * 60_000;
    title = translate('huntEda.bucket.title', 'Outlier bucket {from} – {to}', {
      from: new Date(outlier.bucket_start).toISOString(),
      to: new Date(end).toISOString(),
    });
    discover = buildBucketDiscoverParams(context, controls, outlier.bucket_start);
    events = discover;
    body = (
      <>
        <EuiDescriptionList
          type="column"
          compressed
          listItems={[
            { title: translate('huntEda.bucket.valueTitle', 'Value'), description: String(outlier.value) },
            { title: translate('huntEda.bucket.residual', 'Residual'), description: outlier.residual.toPrecision(4) },
            { title: translate('huntEda.bucket.score', 'Score (σ)'), description: outlier.score.toFixed(2) },
          ]}
        />
        <EuiSpacer />
        <TopTable title={translate('huntEda.bucket.sources', 'Top source hosts')} terms={outlier.top_sources} />
        <TopTable title={translate('huntEda.bucket.destinations', 'Top destination hosts')} terms={outlier.top_destinations} />
        <TopTable title={translate('huntEda.bucket.domains', 'Top requested domains')} terms={outlier.top_domains} />
      </>
    );
  } else {
    const { transfer } = selection;
    title = translate('huntEda.transfer.title', 'Outlier transfer: {method}, {mb} MB', { method: transfer.method, mb: transfer.y.toPrecision(4) });
    discover = {
      index: context.index,
      timeRange: { from: new Date(transfer.document.timestamp).toISOString(), to: new Date(transfer.document.timestamp + 1).toISOString() },
      ...(context.query ? { query: context.query } : {}),
      filters: [{ kind: 'terms', field: '_id', values: [transfer.document.id] }],
    };
    events = buildTransferEventsParams(context, transfer);
    body = (
      <EuiDescriptionList
        type="column"
        compressed
        listItems={[
          { title: translate('huntEda.transfer.id', 'Document id'), description: transfer.document.id },
          { title: translate('huntEda.transfer.time', 'Time'), description: new Date(transfer.document.timestamp).toISOString() },
          { title: translate('huntEda.transfer.bytes', 'Bytes out'), description: transfer.document.value.toLocaleString('en-US') },
        ]}
      />
    );
  }
  return (
    <EuiFlyout onClose={onClose} size="m" aria-labelledby={titleId} data-test-subj="huntEdaHttpFlyout" ownFocus>
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>{title}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {body}
        <EuiSpacer />
        <RawEventsTable client={client} params={events} timestampField={getFieldMapping(context).timestamp} keyFields={httpKeyFields(context)} />
        <EuiSpacer size="s" />
        {onOpenInDiscover ? (
          <EuiButton iconType="discoverApp" size="s" onClick={() => onOpenInDiscover(discover)} data-test-subj="huntEdaOpenInDiscover">
            {translate('huntEda.flyout.discover', 'Open these events in Discover')}
          </EuiButton>
        ) : null}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
