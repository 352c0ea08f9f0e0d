import React from 'react';
import { EuiButtonGroup, EuiComboBox, EuiFieldNumber, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiSelect, EuiSwitch } from '@elastic/eui';
import type { HttpControls } from '../../lib/http_controls';
import { translate } from '../../lib/translate';

export interface HttpControlsBarProps {
  readonly controls: HttpControls;
  readonly onChange: (controls: HttpControls) => void;
  /** Methods seen in the data, offered in the method picker. */
  readonly knownMethods: readonly string[];
}

const INTERVALS = [5, 10, 15, 30, 60, 120, 240];

/** The HTTP view's controls; each change re-queries the timeline only. */
export function HttpControlsBar({ controls, onChange, knownMethods }: HttpControlsBarProps) {
  const set = <K extends keyof HttpControls>(key: K, value: HttpControls[K]) => onChange({ ...controls, [key]: value });
  return (
    <EuiFlexGroup gutterSize="m" wrap responsive={false} alignItems="flexEnd" data-test-subj="huntEdaHttpControls">
      <EuiFlexItem grow={false}>
        <EuiFormRow label={translate('huntEda.http.interval', 'Interval')}>
          <EuiSelect
            compressed
            data-test-subj="huntEdaIntervalSelect"
            value={String(controls.intervalMinutes)}
            onChange={(e) => set('intervalMinutes', Number(e.target.value))}
            options={INTERVALS.map((m) => ({ value: String(m), text: m < 60 ? `${m} min` : `${m / 60} h` }))}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 120 }}>
        <EuiFormRow label={translate('huntEda.http.period', 'Period (buckets)')}>
          <EuiFieldNumber
            compressed
            min={2}
            step={1}
            value={controls.period}
            data-test-subj="huntEdaPeriodInput"
            onChange={(e) => (Number.isInteger(e.target.valueAsNumber) ? set('period', e.target.valueAsNumber) : undefined)}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiFormRow label={translate('huntEda.http.decomposition', 'Decomposition')}>
          <EuiButtonGroup
            legend={translate('huntEda.http.decomposition', 'Decomposition')}
            buttonSize="compressed"
            idSelected={controls.decomposition}
            onChange={(id) => set('decomposition', id === 'stl' ? 'stl' : 'classical')}
            options={[
              { id: 'classical', label: translate('huntEda.http.classical', 'Classical'), 'data-test-subj': 'huntEdaClassical' },
              { id: 'stl', label: translate('huntEda.http.stl', 'Robust STL'), 'data-test-subj': 'huntEdaStl' },
            ]}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false} style={{ width: 100 }}>
        <EuiFormRow label={translate('huntEda.http.threshold', 'n (σ)')}>
          <EuiFieldNumber
            compressed
            min={0.5}
            step={0.5}
            value={controls.threshold}
            data-test-subj="huntEdaThresholdInput"
            onChange={(e) => (e.target.valueAsNumber > 0 ? set('threshold', e.target.valueAsNumber) : undefined)}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiFormRow label={translate('huntEda.http.scale', 'σ from')}>
          <EuiButtonGroup
            legend={translate('huntEda.http.scale', 'σ from')}
            buttonSize="compressed"
            idSelected={controls.scale}
            onChange={(id) => set('scale', id === 'mad' ? 'mad' : 'std')}
            options={[
              { id: 'std', label: translate('huntEda.http.std', 'Std. dev.') },
              { id: 'mad', label: translate('huntEda.http.mad', 'MAD (robust)') },
            ]}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiFormRow label={translate('huntEda.http.gaps', 'Empty buckets')}>
          <EuiButtonGroup
            legend={translate('huntEda.http.gaps', 'Empty buckets')}
            buttonSize="compressed"
            idSelected={controls.gaps}
            onChange={(id) => set('gaps', id === 'missing' ? 'missing' : 'zero')}
            options={[
              { id: 'zero', label: translate('huntEda.http.gapsZero', 'As zero') },
              { id: 'missing', label: translate('huntEda.http.gapsMissing', 'As missing'), 'data-test-subj': 'huntEdaGapsMissing' },
            ]}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiFormRow label={translate('huntEda.http.metric', 'Metric')}>
          <EuiSelect
            compressed
            value={controls.metric}
            onChange={(e) => set('metric', e.target.value === 'sum_bytes_out' ? 'sum_bytes_out' : 'count')}
            options={[
              { value: 'count', text: translate('huntEda.http.count', 'Requests') },
              { value: 'sum_bytes_out', text: translate('huntEda.http.bytes', 'Bytes out') },
            ]}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem style={{ minWidth: 220 }}>
        <EuiFormRow label={translate('huntEda.http.methods', 'Methods (empty = all)')}>
          <EuiComboBox
            compressed
            aria-label={translate('huntEda.http.methodsAria', 'HTTP methods to include')}
            data-test-subj="huntEdaMethodsCombo"
            selectedOptions={controls.methods.map((m) => ({ label: m }))}
            options={knownMethods.map((m) => ({ label: m }))}
            onChange={(options) => set('methods', options.map((o) => o.label))}
            onCreateOption={(value) => set('methods', [...controls.methods, value.trim().toUpperCase()])}
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiFormRow hasEmptyLabelSpace>
          <EuiSwitch
            compressed
            label={translate('huntEda.http.external', 'External destinations only')}
            checked={controls.externalDestinationsOnly}
            onChange={(e) => set('externalDestinationsOnly', e.target.checked)}
            data-test-subj="huntEdaExternalOnly"
          />
        </EuiFormRow>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
