import React, { useEffect, useState } from 'react';
import { EuiButton, EuiText } from '@elastic/eui';
import type { HttpStart, IToasts } from '@kbn/core/public';
import { SAMPLE_DATA_API_PATH, type SampleDataStatus } from '../../common/api/sample_data';

const POLL_MS = 2000;

/** Installs the sample outbreak and HTTP month (POST, 202) and follows progress (GET) until done. */
export function SampleDataButton({ http, toasts }: { http: HttpStart; toasts: IToasts }) {
  const [status, setStatus] = useState<SampleDataStatus | undefined>(undefined);
  useEffect(() => {
    if (status?.state !== 'running') return undefined;
    const timer = setTimeout(() => {
      http.get<SampleDataStatus>(SAMPLE_DATA_API_PATH).then(setStatus, (error: Error) => toasts.addError(error, { title: 'Sample data' }));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status, http, toasts]);
  useEffect(() => {
    if (status?.state === 'installed') toasts.addSuccess('Hunt EDA sample data installed: data views, a saved view and a dashboard were created.');
    if (status?.state === 'failed') toasts.addDanger({ title: 'Sample data install failed', text: status.error });
  }, [status?.state, status?.error, toasts]);
  const indexed = status?.datasets.reduce((sum, d) => sum + d.indexed, 0) ?? 0;
  const total = status?.datasets.reduce((sum, d) => sum + d.total, 0) ?? 0;
  return (
    <div style={{ padding: '0 24px 24px' }}>
      <EuiButton
        size="s"
        iconType="download"
        isLoading={status?.state === 'running'}
        data-test-subj="huntEdaInstallSampleData"
        onClick={() => http.post<SampleDataStatus>(SAMPLE_DATA_API_PATH, { body: JSON.stringify({}) }).then(setStatus, (error: Error) => toasts.addError(error, { title: 'Sample data' }))}
      >
        Install sample data
      </EuiButton>
      {status?.state === 'running' ? <EuiText size="xs">{`${indexed.toLocaleString()} / ${total.toLocaleString()} documents`}</EuiText> : null}
    </div>
  );
}
