import React, { useMemo, useState } from 'react';
import {
  Axis,
  ColorVariant,
  GroupBy,
  LineSeries,
  Position,
  ScaleType,
  Settings,
  SmallMultiples,
  Tooltip,
  type CustomTooltip,
  type ElementClickListener,
  type PointStyleAccessor,
  type SeriesColorAccessorFn,
} from '@elastic/charts';
import { EuiButtonGroup, EuiFlexGroup, EuiFlexItem, EuiSwitch } from '@elastic/eui';
import type { ConversationColumns } from '../../../../common/api/conversations';
import { isDirection } from '../../../../common/model/direction';
import { computePaddedLogDomain } from '../../../charts/compute_padded_log_domain';
import { computeOtrScatterModel, getMarkRadius, isOtrScatterDatum, POINT_RADIUS, type OtrScatterModel, type ZeroOtrRule } from '../../../charts/compute_otr_scatter_model';
import { formatDuration } from '../../../charts/format_duration';
import { formatNaturalLogTick } from '../../../charts/format_natural_log_tick';
import { formatSignatureLegendLabel } from '../../../charts/format_signature_legend_label';
import { getClickedDatums } from '../../../charts/get_clicked_datums';
import { isChartDebugStateEnabled } from '../../../charts/is_chart_debug_state_enabled';
import { useChartTheme } from '../../hooks/use_chart_theme';
import { getDirectionLabel } from '../../lib/direction_labels';
import { translate } from '../../lib/translate';
import { ChartFrame } from '../shared/chart_frame';
import type { ConversationSelection } from './conversation_selection';

export interface OtrScatterProps {
  readonly columns: ConversationColumns;
  readonly onSelect: (selection: ConversationSelection) => void;
  /** Signature id → colour, shared with the other signature charts (useSignatureColors); others get the chart's palette. */
  readonly signatureColors: ReadonlyMap<string, string>;
  /** Above this many conversations the chart is decimated on a log grid (default in compute_otr_scatter_model). */
  readonly maxPoints?: number;
}

function formatRange([low, high]: readonly [number, number], format: (value: number) => string): string {
  return low === high ? format(low) : `${format(low)} – ${format(high)}`;
}

function makeTooltip(columns: ConversationColumns): CustomTooltip {
  return function ConversationTooltip({ values }) {
    // The point under the pointer (the one a click opens) before the others at the same x.
    const hovered = values.find((value) => value.isHighlighted && isOtrScatterDatum(value.datum)) ?? values.find((value) => isOtrScatterDatum(value.datum));
    const point: unknown = hovered?.datum;
    if (!isOtrScatterDatum(point)) return null;
    const row = point.row;
    return (
      <div className="echTooltip" style={{ padding: 8, maxWidth: 360 }} data-test-subj="huntEdaScatterTooltip">
        {point.count > 1 ? (
          <div data-test-subj="huntEdaScatterMergedTooltip">
            <em>
              {translate('huntEda.scatter.mergedTooltip', 'One mark for {count} conversations of this signature: OTR {otr}, {observations} observations. Shown and opened on click:', {
                count: point.count.toLocaleString('en-US'),
                otr: formatRange(point.otrSecondsRange, formatDuration),
                observations: formatRange(point.observationsRange, (n) => n.toLocaleString('en-US')),
              })}
            </em>
          </div>
        ) : null}
        <strong>{columns.signature_name[row]}</strong> ({columns.signature_id[row]})
        <div>
          {columns.source_ip[row]} → {columns.destination_ip[row]} ({getDirectionLabel(columns.direction[row])})
        </div>
        <div>
          {translate('huntEda.scatter.tooltipFacts', '{observations} observations over {otr}', {
            observations: columns.observations[row],
            otr: formatDuration(columns.otr_seconds[row]),
          })}
        </div>
        <div>
          {new Date(columns.first_seen[row]).toISOString()} – {new Date(columns.last_seen[row]).toISOString()}
        </div>
      </div>
    );
  };
}

/** Radius by the number of conversations a mark stands for (decimated charts only). */
const sizeByCount: PointStyleAccessor = ({ datum }) => (isOtrScatterDatum(datum) && datum.count > 1 ? { radius: getMarkRadius(datum.count) } : null);

/** The line under the chart saying how it draws: every conversation, or how many were merged into marks. */
function describeMode(model: OtrScatterModel): string {
  const n = model.plottable.toLocaleString('en-US');
  if (model.mode.kind === 'all') {
    return translate('huntEda.scatter.modeAll', 'All {n} conversations drawn, one point each.', { n });
  }
  return translate(
    'huntEda.scatter.modeDecimated',
    'Decimated to stay responsive: {n} conversations drawn as {marks} marks; {merged} merged into a conversation of the same signature in the same cell of a {cells}×{cells} natural-log grid (larger marks stand for more). Each signature\'s extremes and every point alone in its cell are drawn as they are.',
    { n, marks: model.points.length.toLocaleString('en-US'), merged: model.mode.merged.toLocaleString('en-US'), cells: model.mode.cellsPerAxis },
  );
}

/**
 * Observations against OTR on natural-log axes, one point per conversation, coloured by signature (legend
 * toggles series) and faceted by direction with shared axes. A points-only LineSeries: BubbleSeries alone
 * renders in quadratic time. Above `maxPoints` conversations, marks merge on a log grid (computeOtrScatterModel);
 * a merged mark shows and opens one real conversation of its cell.
 */
export function OtrScatter({ columns, onSelect, signatureColors, maxPoints }: OtrScatterProps) {
  const [zeroOtr, setZeroOtr] = useState<ZeroOtrRule>('drop');
  const [jitter, setJitter] = useState(false);
  const theme = useChartTheme();
  const model = useMemo(() => computeOtrScatterModel(columns, { zeroOtr, jitter, maxPoints }), [columns, zeroOtr, jitter, maxPoints]);
  const tooltip = useMemo(() => makeTooltip(columns), [columns]);
  // Padded in log space so the marks on the extremes are drawn whole, not cut by the plot's edge.
  const domains = useMemo(
    () => ({ x: computePaddedLogDomain(model.points.map((point) => point.x)), y: computePaddedLogDomain(model.points.map((point) => point.y)) }),
    [model],
  );
  // Series are split by legend label (id and short name); colours are keyed by id.
  const seriesColor = useMemo((): SeriesColorAccessorFn => {
    const colorByLabel = new Map<string, string>();
    for (let row = 0; row < columns.signature_id.length; row += 1) {
      const color = signatureColors.get(columns.signature_id[row]);
      if (color !== undefined) colorByLabel.set(formatSignatureLegendLabel(columns.signature_id[row], columns.signature_name[row]), color);
    }
    return ({ splitAccessors }) => colorByLabel.get(String(splitAccessors.get('signature'))) ?? null;
  }, [columns, signatureColors]);
  const onClick: ElementClickListener = (elements) => {
    const [point] = getClickedDatums(elements, isOtrScatterDatum);
    if (point) onSelect({ kind: 'conversation', row: point.row });
  };
  const decimated = model.mode.kind === 'decimated';
  const xTitle =
    zeroOtr === 'log1p'
      ? translate('huntEda.scatter.xLog1p', 'OTR + 1 (hours, natural-log axis)')
      : translate('huntEda.scatter.x', 'OTR (hours, natural-log axis)');
  const notes = [
    zeroOtr === 'drop' && model.dropped > 0
      ? translate('huntEda.scatter.dropped', '{n} single-observation conversations (OTR = 0) left out.', { n: model.dropped.toLocaleString('en-US') })
      : null,
    jitter ? translate('huntEda.scatter.jittered', 'Points jittered by up to ±8% on each axis.') : null,
  ].filter((note): note is string => note !== null);

  return (
    <ChartFrame
      title={translate('huntEda.scatter.title', 'Observations against OTR, by direction')}
      height={380}
      data-test-subj="huntEdaOtrScatter"
      controls={
        <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonGroup
              legend={translate('huntEda.scatter.zeroRule', 'OTR = 0 rule')}
              buttonSize="compressed"
              idSelected={zeroOtr}
              onChange={(id) => setZeroOtr(id === 'log1p' ? 'log1p' : 'drop')}
              options={[
                { id: 'drop', label: translate('huntEda.scatter.drop', 'Drop OTR = 0') },
                { id: 'log1p', label: translate('huntEda.scatter.log1p', 'ln(x + 1)') },
              ]}
            />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiSwitch compressed label={translate('huntEda.scatter.jitter', 'Jitter')} checked={jitter} onChange={(e) => setJitter(e.target.checked)} />
          </EuiFlexItem>
        </EuiFlexGroup>
      }
      footnote={
        <>
          <span data-test-subj="huntEdaScatterMode" data-scatter-mode={model.mode.kind} data-scatter-marks={model.points.length} data-scatter-merged={decimated ? model.mode.merged : 0}>
            {describeMode(model)}
          </span>
          {notes.length > 0 ? ` ${notes.join(' ')}` : null}
        </>
      }
    >
      <Settings
        baseTheme={theme}
        debugState={isChartDebugStateEnabled()}
        showLegend
        legendPosition={Position.Right}
        onElementClick={onClick}
        // Only marks under the pointer (radius + 1 px) are hovered and clicked; with the default 10 px a click
        // opened whichever neighbour came first in series order, not the mark under the pointer.
        pointBuffer={1}
        xDomain={{ min: domains.x?.min ?? NaN, max: domains.x?.max ?? NaN, logBase: Math.E }}
        ariaLabel={translate('huntEda.scatter.aria', 'Scatter plot of observations against observation timestamp range, natural-log axes, one panel per direction')}
      />
      <Tooltip customTooltip={tooltip} />
      <GroupBy
        id="direction"
        by={(_spec, datum) => (isOtrScatterDatum(datum) ? datum.direction : '')}
        sort="alphaAsc"
        format={(value) => (isDirection(value) ? getDirectionLabel(value) : String(value))}
      />
      <SmallMultiples splitHorizontally="direction" />
      <Axis id="otrAxis" position={Position.Bottom} title={xTitle} tickFormat={formatNaturalLogTick} />
      <Axis id="observationsAxis" position={Position.Left} title={translate('huntEda.scatter.y', 'Observations (natural-log axis)')} domain={{ min: domains.y?.min ?? NaN, max: domains.y?.max ?? NaN, logBase: Math.E, fit: true }} tickFormat={formatNaturalLogTick} />
      <LineSeries
        id="conversations"
        data={model.points}
        xAccessor="x"
        yAccessors={['y']}
        splitSeriesAccessors={['signature']}
        color={seriesColor}
        xScaleType={ScaleType.Log}
        yScaleType={ScaleType.Log}
        pointStyleAccessor={decimated ? sizeByCount : undefined}
        lineSeriesStyle={{ line: { visible: false }, point: { visible: 'always', radius: POINT_RADIUS, fill: ColorVariant.Series, opacity: 0.7, strokeWidth: 0 } }}
      />
    </ChartFrame>
  );
}
