import React, { useState } from 'react';
import ipaddr from 'ipaddr.js';
import {
  EuiButton,
  EuiCallOut,
  EuiComboBox,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiSelect,
  EuiSpacer,
  EuiSuperDatePicker,
  EuiTextArea,
} from '@elastic/eui';
import { FIELD_MAPPING_PRESET_IDS, FIELD_MAPPING_PRESETS, isFieldMappingPresetId } from '../../../../common/model/field_mapping';
import { parseQueryDsl } from '../../lib/parse_query_dsl';
import { parseTimeRange } from '../../lib/parse_time_range';
import type { QueryContext } from '../../lib/query_context';
import { translate } from '../../lib/translate';

export interface SharedControlsProps {
  readonly context: QueryContext;
  /** Called with the new context when the user applies valid controls. */
  readonly onApply: (context: QueryContext) => void;
}

/**
 * Index pattern, time range, query (DSL), field-mapping preset and home networks. Edits are drafts until
 * "Apply", so typing never fires a request per keystroke; invalid input is reported by field, not sent.
 */
export function SharedControls({ context, onApply }: SharedControlsProps) {
  const [index, setIndex] = useState(context.index);
  const [start, setStart] = useState(context.timeRange.from);
  const [end, setEnd] = useState(context.timeRange.to);
  const [queryText, setQueryText] = useState(context.query ? JSON.stringify(context.query) : '');
  const [preset, setPreset] = useState(context.fieldMappingPreset);
  const [homeNetworks, setHomeNetworks] = useState<readonly string[]>(context.homeNetworks);
  const [cidrError, setCidrError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    try {
      if (index.trim() === '') throw new Error(translate('huntEda.controls.indexRequired', 'index pattern: required'));
      onApply({
        ...context,
        index: index.trim(),
        timeRange: parseTimeRange(start, end),
        query: parseQueryDsl(queryText),
        fieldMappingPreset: preset,
        homeNetworks,
      });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      aria-label={translate('huntEda.controls.aria', 'What to analyse')}
      data-test-subj="huntEdaSharedControls"
    >
      <EuiFlexGroup gutterSize="m" wrap alignItems="flexEnd">
        <EuiFlexItem style={{ minWidth: 200 }}>
          <EuiFormRow label={translate('huntEda.controls.index', 'Index pattern or data view')}>
            <EuiFieldText compressed value={index} onChange={(e) => setIndex(e.target.value)} data-test-subj="huntEdaIndexInput" />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiFormRow label={translate('huntEda.controls.preset', 'Field mapping')}>
            <EuiSelect
              compressed
              value={preset}
              data-test-subj="huntEdaPresetSelect"
              onChange={(e) => (isFieldMappingPresetId(e.target.value) ? setPreset(e.target.value) : undefined)}
              options={FIELD_MAPPING_PRESET_IDS.map((id) => ({ value: id, text: FIELD_MAPPING_PRESETS[id].label }))}
            />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem style={{ minWidth: 260 }}>
          <EuiFormRow label={translate('huntEda.controls.homeNetworks', 'Home networks (CIDR)')} isInvalid={cidrError !== null} error={cidrError}>
            <EuiComboBox
              compressed
              noSuggestions
              aria-label={translate('huntEda.controls.homeNetworksAria', 'Home networks')}
              data-test-subj="huntEdaHomeNetworks"
              selectedOptions={homeNetworks.map((cidr) => ({ label: cidr }))}
              onChange={(options) => setHomeNetworks(options.map((o) => o.label))}
              onCreateOption={(value) => {
                const cidr = value.trim();
                if (!ipaddr.isValidCIDR(cidr)) {
                  setCidrError(translate('huntEda.controls.badCidr', '"{value}" is not a CIDR (e.g. 10.0.0.0/8 or fd00::/8)', { value: cidr }));
                  return false;
                }
                setCidrError(null);
                setHomeNetworks([...homeNetworks, cidr]);
                return undefined;
              }}
            />
          </EuiFormRow>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="m" wrap alignItems="flexEnd">
        <EuiFlexItem style={{ minWidth: 320 }}>
          <EuiFormRow label={translate('huntEda.controls.query', 'Query (Elasticsearch DSL, optional)')}>
            <EuiTextArea
              compressed
              rows={1}
              resize="vertical"
              placeholder='{"term":{"event.module":"suricata"}}'
              value={queryText}
              onChange={(e) => setQueryText(e.target.value)}
              data-test-subj="huntEdaQueryInput"
            />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiFormRow label={translate('huntEda.controls.time', 'Time range')}>
            <EuiSuperDatePicker
              compressed
              start={start}
              end={end}
              showUpdateButton={false}
              onTimeChange={({ start: nextStart, end: nextEnd }) => {
                setStart(nextStart);
                setEnd(nextEnd);
              }}
              data-test-subj="huntEdaTimePicker"
            />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton type="submit" fill size="s" iconType="refresh" data-test-subj="huntEdaApply">
            {translate('huntEda.controls.apply', 'Apply')}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      {error ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut size="s" color="danger" iconType="error" title={error} data-test-subj="huntEdaControlsError" />
        </>
      ) : null}
    </form>
  );
}
