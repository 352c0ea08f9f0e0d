import React, { useMemo, useState } from 'react';
import {
  EuiButton,
  EuiFieldSearch,
  EuiFlexGroup,
  EuiFlexItem,
  EuiInMemoryTable,
  EuiSelect,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { Conversation } from '../../../../common/model/conversation';
import { DIRECTIONS, isDirection } from '../../../../common/model/direction';
import { formatDuration } from '../../../charts/format_duration';
import { buildCsv } from '../../lib/build_csv';
import { CONVERSATION_CSV_COLUMNS } from '../../lib/conversation_csv_columns';
import { getDirectionLabel } from '../../lib/direction_labels';
import { downloadFile } from '../../lib/download_file';
import { filterConversations, NO_CONVERSATION_FILTER, type ConversationFilter } from '../../lib/filter_conversations';
import { translate } from '../../lib/translate';

export interface ConversationRow extends Conversation {
  /** Row in the response columns (drill-down key). */
  readonly row: number;
}

export interface ConversationTableProps {
  readonly rows: readonly ConversationRow[];
  readonly signatures: readonly { readonly signatureId: string; readonly signature: string }[];
  readonly onOpen: (row: number) => void;
  /** Saves the CSV; the browser download by default (tests pass a spy). */
  readonly onDownload?: (fileName: string, csv: string) => void;
}

const ALL = '__all__';

/** Every conversation: sortable, paginated, filtered by signature, direction and IP; the filtered rows export as CSV. */
export function ConversationTable({ rows, signatures, onOpen, onDownload }: ConversationTableProps) {
  const [filter, setFilter] = useState<ConversationFilter>(NO_CONVERSATION_FILTER);
  const visible = useMemo(() => filterConversations(rows, filter), [rows, filter]);
  const exportCsv = () => {
    const csv = buildCsv(visible, CONVERSATION_CSV_COLUMNS);
    (onDownload ?? ((name: string, text: string) => downloadFile(name, text, 'text/csv;charset=utf-8')))('conversations.csv', csv);
  };
  const columns: EuiBasicTableColumn<ConversationRow>[] = [
    { field: 'signatureId', name: translate('huntEda.table.sid', 'Signature id'), sortable: true, width: '110px' },
    { field: 'signature', name: translate('huntEda.table.signature', 'Signature'), sortable: true, truncateText: true },
    { field: 'sourceIp', name: translate('huntEda.table.source', 'Source'), sortable: true },
    { field: 'destinationIp', name: translate('huntEda.table.destination', 'Destination'), sortable: true },
    { field: 'direction', name: translate('huntEda.table.direction', 'Direction'), sortable: true, render: getDirectionLabel },
    { field: 'observations', name: translate('huntEda.table.observations', 'Observations'), sortable: true, dataType: 'number' },
    {
      field: 'otrSeconds',
      name: translate('huntEda.table.otr', 'OTR'),
      sortable: true,
      dataType: 'number',
      render: (seconds: number) => formatDuration(seconds),
    },
    {
      field: 'firstSeen',
      name: translate('huntEda.table.firstSeen', 'First seen (UTC)'),
      sortable: true,
      render: (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19),
    },
    {
      name: translate('huntEda.table.actions', 'Actions'),
      actions: [
        {
          name: translate('huntEda.table.open', 'Details'),
          description: translate('huntEda.table.openDescription', 'Show this conversation'),
          icon: 'inspect',
          type: 'icon',
          onClick: (item: ConversationRow) => onOpen(item.row),
          'data-test-subj': 'huntEdaOpenConversation',
        },
      ],
    },
  ];
  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
        <EuiFlexItem grow={false} style={{ minWidth: 260 }}>
          <EuiSelect
            compressed
            prepend={translate('huntEda.table.signatureFilter', 'Signature')}
            aria-label={translate('huntEda.table.signatureFilterAria', 'Filter by signature')}
            data-test-subj="huntEdaTableSignatureFilter"
            value={filter.signatureId ?? ALL}
            onChange={(e) => setFilter({ ...filter, signatureId: e.target.value === ALL ? null : e.target.value })}
            options={[
              { value: ALL, text: translate('huntEda.table.all', 'All') },
              ...signatures.map((s) => ({ value: s.signatureId, text: `${s.signatureId} ${s.signature}` })),
            ]}
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false} style={{ minWidth: 240 }}>
          <EuiSelect
            compressed
            prepend={translate('huntEda.table.directionFilter', 'Direction')}
            aria-label={translate('huntEda.table.directionFilterAria', 'Filter by direction')}
            data-test-subj="huntEdaTableDirectionFilter"
            value={filter.direction ?? ALL}
            onChange={(e) => setFilter({ ...filter, direction: isDirection(e.target.value) ? e.target.value : null })}
            options={[{ value: ALL, text: translate('huntEda.table.all', 'All') }, ...DIRECTIONS.map((d) => ({ value: d, text: getDirectionLabel(d) }))]}
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiFieldSearch
            compressed
            placeholder={translate('huntEda.table.ipFilter', 'Source or destination IP contains…')}
            aria-label={translate('huntEda.table.ipFilterAria', 'Filter by IP')}
            value={filter.ip}
            onChange={(e) => setFilter({ ...filter, ip: e.target.value })}
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" iconType="export" onClick={exportCsv} data-test-subj="huntEdaExportCsv">
            {translate('huntEda.table.export', 'Export {n} rows as CSV', { n: visible.length.toLocaleString('en-US') })}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiInMemoryTable<ConversationRow>
        tableCaption={translate('huntEda.table.caption', 'Conversations')}
        items={visible}
        itemId="row"
        columns={columns}
        sorting={{ sort: { field: 'observations', direction: 'desc' } }}
        pagination={{ initialPageSize: 10, pageSizeOptions: [10, 25, 100] }}
        data-test-subj="huntEdaConversationTable"
      />
    </>
  );
}
