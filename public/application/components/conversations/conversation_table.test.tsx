import '../../test_support/configure_testing_library';
import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import { getConversationRows } from '../../../../common/api/conversations';
import { CONVERSATIONS_RESPONSE } from '../../test_support/conversations_response';
import { ConversationTable } from './conversation_table';

const rows = getConversationRows(CONVERSATIONS_RESPONSE.conversations).map((c, row) => ({ ...c, row }));
const signatures = [
  { signatureId: '2024218', signature: 'ET EXPLOIT ETERNALBLUE, "echo"' },
  { signatureId: '2001569', signature: 'ET POLICY SMB' },
];

function renderTable(onOpen = jest.fn(), onDownload = jest.fn()) {
  render(
    <EuiProvider>
      <ConversationTable rows={rows} signatures={signatures} onOpen={onOpen} onDownload={onDownload} />
    </EuiProvider>,
  );
  return { onOpen, onDownload };
}

const bodyRows = () => within(screen.getByTestId('huntEdaConversationTable')).getAllByRole('row').slice(1);

describe('ConversationTable', () => {
  it('filters by signature and by direction', () => {
    renderTable();
    expect(bodyRows()).toHaveLength(3);
    fireEvent.change(screen.getByTestId('huntEdaTableSignatureFilter'), { target: { value: '2024218' } });
    expect(bodyRows()).toHaveLength(2);
    fireEvent.change(screen.getByTestId('huntEdaTableDirectionFilter'), { target: { value: 'internal_to_external' } });
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0].textContent).toContain('8.8.8.8');
  });

  it('exports exactly the filtered rows as CSV, quoting the commas and quotes in signature names', () => {
    const { onDownload } = renderTable();
    fireEvent.change(screen.getByTestId('huntEdaTableSignatureFilter'), { target: { value: '2024218' } });
    fireEvent.click(screen.getByTestId('huntEdaExportCsv'));
    expect(onDownload).toHaveBeenCalledTimes(1);
    const [fileName, csv] = onDownload.mock.calls[0] as [string, string];
    expect(fileName).toBe('conversations.csv');
    expect(csv.split('\r\n')).toEqual([
      'signature_id,signature,source_ip,destination_ip,direction,first_seen,last_seen,otr_seconds,observations',
      '2024218,"ET EXPLOIT ETERNALBLUE, ""echo""",10.0.0.1,10.0.0.9,internal_to_internal,2018-04-26T10:00:00.000Z,2018-04-26T12:00:00.000Z,7200,12',
      '2024218,"ET EXPLOIT ETERNALBLUE, ""echo""",10.0.0.2,8.8.8.8,internal_to_external,2018-04-27T10:00:00.000Z,2018-04-27T10:00:00.000Z,0,1',
      '',
    ]);
  });

  it('opens the conversation of the row whose details action is pressed', () => {
    const { onOpen } = renderTable();
    // Sorted by observations descending: 300, 12, 1.
    fireEvent.click(screen.getAllByTestId('huntEdaOpenConversation')[1]);
    expect(onOpen).toHaveBeenCalledWith(0);
  });
});
