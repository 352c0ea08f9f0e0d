import React, { useMemo, useState } from 'react';
import {
  Axis,
  BarSeries,
  ColorVariant,
  LineSeries,
  Position,
  RectAnnotation,
  ScaleType,
  Settings,
  Tooltip,
  type BarStyleAccessor,
  type ElementClickListener,
} from '@elastic/charts';
import { EuiButtonGroup, useEuiTheme } from '@elastic/eui';
import type { ConversationsResponse } from '../../../../common/api/conversations';
import { computeOtrBoxPlotModel, isOtrOutlierDatum, OTR_LOG_FLOOR_HOURS, type OtrScale } from '../../../charts/compute_otr_box_plot_model';
import { computeSignatureCategories, formatSignatureTick, isSignatureBarDatum, toSignatureBars } from '../../../charts/compute_signature_categories';
import { formatAlignedTick } from '../../../charts/format_aligned_tick';
import { formatDuration } from '../../../charts/format_duration';
import { formatNaturalLogTick } from '../../../charts/format_natural_log_tick';
import { getClickedDatums } from '../../../charts/get_clicked_datums';
import { getPaddedValueDomain } from '../../../charts/get_padded_value_domain';
import { isChartDebugStateEnabled } from '../../../charts/is_chart_debug_state_enabled';
import { useChartTheme } from '../../hooks/use_chart_theme';
import { useSignatureColors } from '../../hooks/use_signature_colors';
import { translate } from '../../lib/translate';
import { ChartFrame } from '../shared/chart_frame';
import type { ConversationSelection } from './conversation_selection';

/** Both charts' y ticks in one monospace font and one width, so their plot areas (and categories) line up. */
const ALIGNED_AXIS_STYLE = { tickLabel: { fontFamily: 'monospace' } };

export interface SignatureChartsProps {
  readonly response: ConversationsResponse;
  readonly onSelect: (selection: ConversationSelection) => void;
}

/** Conversations per signature (columns) over the OTR box plots per signature, on one category order. */
export function SignatureCharts({ response, onSelect }: SignatureChartsProps) {
  const [scale, setScale] = useState<OtrScale>('log');
  const theme = useChartTheme();
  const { euiTheme } = useEuiTheme();
  const categories = useMemo(() => computeSignatureCategories(response.summary), [response.summary]);
  const bars = useMemo(() => toSignatureBars(categories), [categories]);
  const boxes = useMemo(
    () => computeOtrBoxPlotModel(categories, response.otr_box_stats, response.conversations, scale),
    [categories, response.otr_box_stats, response.conversations, scale],
  );
  const signatureColors = useSignatureColors(response.summary);
  const xDomain = { min: -0.5, max: categories.length - 0.5 };
  // Whisker ends and outliers are the extremes drawn; the domain leaves room for their marks.
  const otrDomain = useMemo(
    () => getPaddedValueDomain([...boxes.extents.map((point) => point.y), ...boxes.outliers.map((point) => point.y)], { scale, logMinLimit: OTR_LOG_FLOOR_HOURS }),
    [boxes, scale],
  );
  const barColor: BarStyleAccessor = ({ datum }) => (isSignatureBarDatum(datum) ? (signatureColors.get(datum.signatureId) ?? null) : null);
  const tick = (x: number) => formatSignatureTick(categories, x);

  const onBarClick: ElementClickListener = (elements) => {
    const [bar] = getClickedDatums(elements, isSignatureBarDatum);
    if (bar) onSelect({ kind: 'signature', signatureId: bar.signatureId });
  };
  const onOutlierClick: ElementClickListener = (elements) => {
    const [point] = getClickedDatums(elements, isOtrOutlierDatum);
    if (point) onSelect({ kind: 'conversation', row: point.row });
  };
  const fallbackColor = euiTheme.colors.vis.euiColorVis0;
  // Outliers are what a hunter looks for: the theme's danger colour, not the box's own, so they stand out.
  const outlierColor = euiTheme.colors.danger;
  const lineStyle = { fill: euiTheme.colors.textParagraph, strokeWidth: 0, opacity: 1 };
  const scaleLabel = translate('huntEda.signatures.scale', 'OTR scale');

  return (
    <>
      <ChartFrame title={translate('huntEda.signatures.countsTitle', 'Conversations per signature')} height={240} data-test-subj="huntEdaSignatureCounts">
        <Settings
          baseTheme={theme}
          debugState={isChartDebugStateEnabled()}
          onElementClick={onBarClick}
          ariaLabel={translate('huntEda.signatures.countsAria', 'Column chart of conversations per signature; select a column to see its conversations')}
        />
        <Tooltip headerFormatter={({ value }) => categories[Number(value)]?.signature ?? ''} />
        <Axis id="signatureAxis" position={Position.Bottom} tickFormat={tick} title={translate('huntEda.signatures.axis', 'Signature id')} />
        <Axis
          id="conversationsAxis"
          position={Position.Left}
          title={translate('huntEda.signatures.conversationsAxis', 'Conversations')}
          tickFormat={(value: number) => formatAlignedTick(formatNaturalLogTick(value))}
          style={ALIGNED_AXIS_STYLE}
        />
        {/* The exact count in the tooltip (the axis rounds its ticks to two digits: 512 read as 510). */}
        <BarSeries id="conversations" name={translate('huntEda.signatures.conversationsSeries', 'Conversations')} data={bars} xAccessor="x" yAccessors={['conversations']} xScaleType={ScaleType.Ordinal} yScaleType={ScaleType.Linear} styleAccessor={barColor} tickFormat={(value: number) => value.toLocaleString('en-US')} />
      </ChartFrame>
      <ChartFrame
        title={translate('huntEda.signatures.boxTitle', 'OTR per signature (hours; box = quartiles, whiskers to 1.5×IQR, points = outliers)')}
        height={260}
        data-test-subj="huntEdaOtrBoxPlots"
        controls={
          <EuiButtonGroup
            legend={scaleLabel}
            buttonSize="compressed"
            idSelected={scale}
            onChange={(id) => setScale(id === 'linear' ? 'linear' : 'log')}
            options={[
              { id: 'log', label: translate('huntEda.signatures.log', 'Log (ln)') },
              { id: 'linear', label: translate('huntEda.signatures.linear', 'Linear') },
            ]}
          />
        }
        footnote={
          scale === 'log' && boxes.flooredValues > 0
            ? translate('huntEda.signatures.floor', 'On the log scale, OTRs under one second are drawn at one second ({n} values).', { n: boxes.flooredValues })
            : undefined
        }
      >
        <Settings
          baseTheme={theme}
          debugState={isChartDebugStateEnabled()}
          xDomain={xDomain}
          onElementClick={onOutlierClick}
          // Only the outlier under the pointer (radius + 1 px) is hovered and clicked, as in the scatter: with the
          // default 10 px a click opened the highest outlier of a stack within reach.
          pointBuffer={1}
          ariaLabel={translate('huntEda.signatures.boxAria', 'Box plots of observation timestamp range per signature; select an outlier to see its conversation')}
        />
        <Tooltip headerFormatter={({ value }) => categories[Math.round(Number(value))]?.signature ?? ''} />
        <Axis id="signatureAxis" position={Position.Bottom} tickFormat={tick} ticks={categories.length} title={translate('huntEda.signatures.axis', 'Signature id')} />
        <Axis
          id="otrAxis"
          position={Position.Left}
          title={translate('huntEda.signatures.otrAxis', 'OTR (hours)')}
          domain={otrDomain}
          tickFormat={(value: number) => formatAlignedTick(formatNaturalLogTick(value))}
          style={ALIGNED_AXIS_STYLE}
        />
        {/* One annotation per box: each takes its signature's colour, as in the columns and the scatter. */}
        {boxes.boxes.map((box) => {
          const color = signatureColors.get(box.label) ?? fallbackColor;
          return <RectAnnotation key={box.label} id={`box-${box.label}`} dataValues={[box]} style={{ fill: color, opacity: 0.35, stroke: color, strokeWidth: 1 }} />;
        })}
        <RectAnnotation id="whiskers" dataValues={boxes.whiskers} style={lineStyle} />
        <RectAnnotation id="medians" dataValues={boxes.medians} style={lineStyle} />
        <LineSeries
          id="otrBoxExtents"
          data={boxes.extents}
          xAccessor="x"
          yAccessors={['y']}
          xScaleType={ScaleType.Linear}
          yScaleType={scale === 'log' ? ScaleType.Log : ScaleType.Linear}
          hideInLegend
          // It only stretches the value domain to the whiskers: no row of its own in the tooltip.
          filterSeriesInTooltip={() => false}
          lineSeriesStyle={{ line: { visible: false }, point: { visible: 'never' } }}
        />
        <LineSeries
          id="otrOutliers"
          name={translate('huntEda.signatures.outliers', 'Outliers (beyond 1.5×IQR)')}
          data={boxes.outliers}
          xAccessor="x"
          yAccessors={['y']}
          xScaleType={ScaleType.Linear}
          yScaleType={scale === 'log' ? ScaleType.Log : ScaleType.Linear}
          color={outlierColor}
          lineSeriesStyle={{ line: { visible: false }, point: { visible: 'always', radius: 3.5, fill: ColorVariant.Series, stroke: euiTheme.colors.emptyShade, strokeWidth: 1, opacity: 0.9 } }}
          tickFormat={(hours: number) => formatDuration(hours * 3600)}
        />
      </ChartFrame>
    </>
  );
}
