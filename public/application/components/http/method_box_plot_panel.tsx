import React, { useMemo, useState } from 'react';
import { Axis, ColorVariant, LineSeries, Position, RectAnnotation, ScaleType, Settings, Tooltip, type ElementClickListener } from '@elastic/charts';
import { EuiButtonGroup, useEuiTheme } from '@elastic/eui';
import type { DistributionResponse } from '../../../../common/api/distribution';
import { BYTES_LOG_FLOOR_MB, computeMethodBoxPlotModel, isTransferOutlierDatum, type BytesScale } from '../../../charts/compute_method_box_plot_model';
import { formatNaturalLogTick } from '../../../charts/format_natural_log_tick';
import { getClickedDatums } from '../../../charts/get_clicked_datums';
import { getPaddedValueDomain } from '../../../charts/get_padded_value_domain';
import { isChartDebugStateEnabled } from '../../../charts/is_chart_debug_state_enabled';
import { useChartTheme } from '../../hooks/use_chart_theme';
import type { RequestState } from '../../hooks/use_api_request';
import { translate } from '../../lib/translate';
import { AnalysisPanel } from '../shared/analysis_panel';
import { ChartFrame } from '../shared/chart_frame';
import type { HttpSelection } from './http_selection';

function MethodBoxPlot({ response, onSelect }: { response: DistributionResponse; onSelect: (selection: HttpSelection) => void }) {
  const theme = useChartTheme();
  const { euiTheme } = useEuiTheme();
  const [scale, setScale] = useState<BytesScale>('log');
  const model = useMemo(() => computeMethodBoxPlotModel(response, scale), [response, scale]);
  const yScaleType = scale === 'log' ? ScaleType.Log : ScaleType.Linear;
  // Whisker ends and outlier transfers are the extremes drawn; the domain leaves room for their marks.
  const yDomain = useMemo(
    () => getPaddedValueDomain([...model.extents.map((point) => point.y), ...model.outliers.map((point) => point.y)], { scale, logMinLimit: BYTES_LOG_FLOOR_MB }),
    [model, scale],
  );
  const onClick: ElementClickListener = (elements) => {
    const [transfer] = getClickedDatums(elements, isTransferOutlierDatum);
    if (transfer) onSelect({ kind: 'transfer', transfer });
  };
  const boxColor = euiTheme.colors.vis.euiColorVis1;
  const lineStyle = { fill: euiTheme.colors.textParagraph, strokeWidth: 0, opacity: 1 };
  const precision =
    response.precision.quartiles === 'approximate'
      ? translate('huntEda.methodBox.approximate', 'Quartiles are Elasticsearch TDigest estimates; counts, whiskers and outliers are exact.')
      : translate('huntEda.methodBox.exact', 'Quartiles are exact (type 7).');
  const notShown =
    model.outliersNotShown > 0
      ? translate('huntEda.methodBox.notShown', ' {n} further outliers are counted but not drawn.', { n: model.outliersNotShown })
      : '';
  return (
    <ChartFrame
      title={translate('huntEda.methodBox.chartTitle', 'Bytes out per method (MB; points = transfers beyond 1.5×IQR)')}
      height={280}
      grow
      footnote={`${precision}${notShown}`}
      controls={
        <EuiButtonGroup
          legend={translate('huntEda.methodBox.scale', 'Bytes scale')}
          buttonSize="compressed"
          idSelected={scale}
          onChange={(id) => setScale(id === 'linear' ? 'linear' : 'log')}
          options={[
            { id: 'log', label: translate('huntEda.methodBox.log', 'Log (ln)') },
            { id: 'linear', label: translate('huntEda.methodBox.linear', 'Linear') },
          ]}
        />
      }
      data-test-subj="huntEdaMethodBoxPlot"
    >
      <Settings
        baseTheme={theme}
        debugState={isChartDebugStateEnabled()}
        xDomain={{ min: -0.5, max: model.categories.length - 0.5 }}
        onElementClick={onClick}
        ariaLabel={translate('huntEda.methodBox.aria', 'Box plots of bytes out per HTTP method; select an outlier transfer to see it')}
      />
      <Tooltip headerFormatter={({ value }) => model.categories[Math.round(Number(value))]?.method ?? ''} />
      <Axis
        id="methodAxis"
        position={Position.Bottom}
        ticks={model.categories.length}
        tickFormat={(x: number) => (Number.isInteger(x) ? (model.categories[x]?.method ?? '') : '')}
        title={translate('huntEda.methodBox.x', 'HTTP method')}
      />
      <Axis
        id="mbAxis"
        position={Position.Left}
        title={translate('huntEda.methodBox.y', 'Bytes out (MB)')}
        domain={yDomain}
        tickFormat={(v: number) => formatNaturalLogTick(v)}
      />
      <RectAnnotation id="methodBoxes" dataValues={model.boxes} style={{ fill: boxColor, opacity: 0.35, stroke: boxColor, strokeWidth: 1 }} />
      <RectAnnotation id="methodWhiskers" dataValues={model.whiskers} style={lineStyle} />
      <RectAnnotation id="methodMedians" dataValues={model.medians} style={lineStyle} />
      <LineSeries
        id="methodBoxExtents"
        data={model.extents}
        xAccessor="x"
        yAccessors={['y']}
        xScaleType={ScaleType.Linear}
        yScaleType={yScaleType}
        hideInLegend
        lineSeriesStyle={{ line: { visible: false }, point: { visible: 'never' } }}
      />
      <LineSeries
        id="transferOutliers"
        name={translate('huntEda.methodBox.outliers', 'Outlier transfers')}
        data={model.outliers}
        xAccessor="x"
        yAccessors={['y']}
        xScaleType={ScaleType.Linear}
        yScaleType={yScaleType}
        // As on the OTR box plots: the theme's danger colour (the default second series colour was a pale tint).
        color={euiTheme.colors.danger}
        lineSeriesStyle={{ line: { visible: false }, point: { visible: 'always', radius: 3, fill: ColorVariant.Series, stroke: euiTheme.colors.emptyShade, strokeWidth: 1, opacity: 0.9 } }}
      />
    </ChartFrame>
  );
}

/**
 * Bytes out per HTTP method as box plots, outlier transfers as points that drill down to the document. The
 * chart fills the panel's height, which the rare-methods table beside it sets.
 */
export function MethodBoxPlotPanel({ state, onSelect }: { state: RequestState<DistributionResponse>; onSelect: (selection: HttpSelection) => void }) {
  return (
    <AnalysisPanel
      title={translate('huntEda.methodBox.title', 'Bytes out per HTTP method')}
      state={state}
      isEmpty={(data) => data.categories.length === 0}
      warnings={(data) => data.warnings}
      emptyMessage={translate('huntEda.methodBox.empty', 'No requests with bytes out in this index and time range.')}
      data-test-subj="huntEdaMethodBoxPanel"
      fillHeight
    >
      {(data) => <MethodBoxPlot response={data} onSelect={onSelect} />}
    </AnalysisPanel>
  );
}
