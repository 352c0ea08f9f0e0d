import React, { useMemo } from 'react';
import {
  Axis,
  ColorVariant,
  LineSeries,
  Position,
  RectAnnotation,
  ScaleType,
  Settings,
  type ElementClickListener,
} from '@elastic/charts';
import { EuiSpacer, useEuiTheme } from '@elastic/eui';
import type { TimelineResponse } from '../../../../common/api/timeline';
import { computeSeasonalProfileModel } from '../../../charts/compute_seasonal_profile_model';
import { computeTimelineModel, isOutlierBucketDatum, type TimelineModel } from '../../../charts/compute_timeline_model';
import { getClickedDatums } from '../../../charts/get_clicked_datums';
import { PIXEL_PADDED_LINEAR_DOMAIN } from '../../../charts/get_padded_value_domain';
import { isChartDebugStateEnabled } from '../../../charts/is_chart_debug_state_enabled';
import { useChartTheme } from '../../hooks/use_chart_theme';
import type { RequestState } from '../../hooks/use_api_request';
import type { HttpControls } from '../../lib/http_controls';
import { translate } from '../../lib/translate';
import { AnalysisPanel } from '../shared/analysis_panel';
import { ChartFrame } from '../shared/chart_frame';
import type { HttpSelection } from './http_selection';

const formatTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const formatNumber = (value: number): string => String(Number(value.toPrecision(3)));
const formatPhase = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};
const POINTS_ONLY = { line: { visible: false }, point: { visible: 'always' as const, radius: 4, fill: ColorVariant.Series, opacity: 0.9 } };
const LINE_ONLY = { point: { visible: 'never' as const }, line: { strokeWidth: 1.2 } };

interface ChartsProps {
  readonly model: TimelineModel;
  readonly onClick: ElementClickListener;
}

function UnscorableShading({ model, id }: { model: TimelineModel; id: string }) {
  const { euiTheme } = useEuiTheme();
  return (
    <RectAnnotation
      id={id}
      dataValues={model.unscorable.map((range) => ({
        coordinates: { x0: range.x0, x1: range.x1 },
        details: translate('huntEda.timeline.unscorable', 'Not scorable (decomposition edge or missing bucket)'),
      }))}
      style={{ fill: euiTheme.colors.lightShade, opacity: 0.6, strokeWidth: 0 }}
    />
  );
}

function ObservedChart({ model, onClick, metricLabel }: ChartsProps & { metricLabel: string }) {
  const theme = useChartTheme();
  return (
    <ChartFrame title={translate('huntEda.timeline.observedTitle', 'Timeline ({metric} per bucket), outlier buckets marked', { metric: metricLabel })} height={220} data-test-subj="huntEdaTimelineObserved">
      <Settings baseTheme={theme} debugState={isChartDebugStateEnabled()} showLegend legendPosition={Position.Top} onElementClick={onClick} ariaLabel={translate('huntEda.timeline.observedAria', 'Bucketed timeline with outlier buckets marked; select one to see its hosts')} />
      <UnscorableShading model={model} id="observedUnscorable" />
      <Axis id="timeAxis" position={Position.Bottom} tickFormat={formatTime} />
      {/* Outlier points sit on the extremes; the padding draws them whole. */}
      <Axis id="valueAxis" position={Position.Left} tickFormat={formatNumber} domain={PIXEL_PADDED_LINEAR_DOMAIN} />
      <LineSeries id="observed" name={metricLabel} data={model.observed} xAccessor="x" yAccessors={['y']} xScaleType={ScaleType.Time} lineSeriesStyle={LINE_ONLY} />
      <LineSeries id="observedOutliers" name={translate('huntEda.timeline.outliers', 'Outlier buckets')} data={model.outliersOnObserved} xAccessor="x" yAccessors={['y']} xScaleType={ScaleType.Time} lineSeriesStyle={POINTS_ONLY} color="#BD271E" />
    </ChartFrame>
  );
}

function ComponentChart({ model, id, title, data }: { model: TimelineModel; id: string; title: string; data: TimelineModel['trend'] }) {
  const theme = useChartTheme();
  return (
    <ChartFrame title={title} height={140} data-test-subj={`huntEdaTimeline-${id}`}>
      <Settings baseTheme={theme} debugState={isChartDebugStateEnabled()} ariaLabel={title} />
      <UnscorableShading model={model} id={`${id}Unscorable`} />
      <Axis id="timeAxis" position={Position.Bottom} tickFormat={formatTime} />
      <Axis id="valueAxis" position={Position.Left} tickFormat={formatNumber} />
      <LineSeries id={id} name={title} data={data} xAccessor="x" yAccessors={['y']} xScaleType={ScaleType.Time} lineSeriesStyle={LINE_ONLY} />
    </ChartFrame>
  );
}

function ResidualChart({ model, onClick, threshold, scale }: ChartsProps & { threshold: number; scale: HttpControls['scale'] }) {
  const theme = useChartTheme();
  const { euiTheme } = useEuiTheme();
  const band = model.band;
  return (
    <ChartFrame
      title={translate('huntEda.timeline.residualTitle', 'Residual with ±{n}·σ band ({scale}); grey = not scorable', {
        n: threshold,
        scale: scale === 'mad' ? 'median, 1.4826·MAD' : 'mean, std. dev.',
      })}
      height={200}
      data-test-subj="huntEdaTimelineResidual"
    >
      <Settings baseTheme={theme} debugState={isChartDebugStateEnabled()} onElementClick={onClick} ariaLabel={translate('huntEda.timeline.residualAria', 'Residual of the decomposition with the outlier band; select an outlier bucket to see its hosts')} />
      <UnscorableShading model={model} id="residualUnscorable" />
      {band ? (
        <RectAnnotation
          id="sigmaBand"
          dataValues={[{ coordinates: { y0: band.lower, y1: band.upper }, details: `${formatNumber(band.lower)} … ${formatNumber(band.upper)}` }]}
          style={{ fill: euiTheme.colors.vis.euiColorVis0, opacity: 0.12, strokeWidth: 0 }}
        />
      ) : null}
      <Axis id="timeAxis" position={Position.Bottom} tickFormat={formatTime} />
      {/* Outlier points sit on the extremes; the padding draws them whole. */}
      <Axis id="valueAxis" position={Position.Left} tickFormat={formatNumber} domain={PIXEL_PADDED_LINEAR_DOMAIN} />
      <LineSeries id="residual" name={translate('huntEda.timeline.residual', 'Residual')} data={model.residual} xAccessor="x" yAccessors={['y']} xScaleType={ScaleType.Time} lineSeriesStyle={LINE_ONLY} />
      <LineSeries id="residualOutliers" name={translate('huntEda.timeline.outliers', 'Outlier buckets')} data={model.outliersOnResidual} xAccessor="x" yAccessors={['y']} xScaleType={ScaleType.Time} lineSeriesStyle={POINTS_ONLY} color="#BD271E" />
    </ChartFrame>
  );
}

function SeasonalProfileChart({ response }: { response: TimelineResponse }) {
  const theme = useChartTheme();
  const profile = useMemo(() => computeSeasonalProfileModel(response), [response]);
  if (!profile) return null;
  const title = profile.daily
    ? translate('huntEda.timeline.profileDaily', 'Seasonal profile over one day (UTC, midnight to midnight)')
    : translate('huntEda.timeline.profile', 'Seasonal profile over one period (from UTC midnight)');
  return (
    <ChartFrame title={title} height={180} data-test-subj="huntEdaSeasonalProfile">
      <Settings baseTheme={theme} debugState={isChartDebugStateEnabled()} ariaLabel={title} />
      <Axis id="phaseAxis" position={Position.Bottom} tickFormat={formatPhase} timeAxisLayerCount={0} />
      <Axis id="valueAxis" position={Position.Left} tickFormat={formatNumber} />
      {/* A UTC time scale over 1970-01-01 + offset, so ticks land on whole hours. */}
      <LineSeries id="profile" name={title} data={profile.points} xAccessor="x" yAccessors={['y']} xScaleType={ScaleType.Time} timeZone="UTC" lineSeriesStyle={LINE_ONLY} />
    </ChartFrame>
  );
}

function TimelineCharts({ response, controls, onSelect }: { response: TimelineResponse; controls: HttpControls; onSelect: (selection: HttpSelection) => void }) {
  const model = useMemo(() => computeTimelineModel(response, { gaps: controls.gaps, threshold: controls.threshold }), [response, controls.gaps, controls.threshold]);
  const onClick: ElementClickListener = (elements) => {
    const [bucket] = getClickedDatums(elements, isOutlierBucketDatum);
    if (bucket) onSelect({ kind: 'bucket', outlier: bucket.outlier });
  };
  const metricLabel = controls.metric === 'count' ? translate('huntEda.timeline.requests', 'requests') : translate('huntEda.timeline.bytesOut', 'bytes out');
  return (
    <>
      <ObservedChart model={model} onClick={onClick} metricLabel={metricLabel} />
      <EuiSpacer size="s" />
      <SeasonalProfileChart response={response} />
      <EuiSpacer size="s" />
      <ComponentChart model={model} id="trend" title={translate('huntEda.timeline.trend', 'Trend')} data={model.trend} />
      <ComponentChart model={model} id="seasonal" title={translate('huntEda.timeline.seasonal', 'Seasonal')} data={model.seasonal} />
      <ResidualChart model={model} onClick={onClick} threshold={controls.threshold} scale={controls.scale} />
    </>
  );
}

/** The bucketed HTTP timeline, its decomposition and the residual outliers, with unscorable buckets greyed. */
export function TimelinePanel({ state, controls, onSelect }: { state: RequestState<TimelineResponse>; controls: HttpControls; onSelect: (selection: HttpSelection) => void }) {
  return (
    <AnalysisPanel
      title={translate('huntEda.timeline.title', 'HTTP timeline and seasonal outliers')}
      state={state}
      isEmpty={(data) => data.values.every((value) => value === 0)}
      warnings={(data) => data.warnings}
      emptyMessage={translate('huntEda.timeline.empty', 'No HTTP requests in this index and time range.')}
      data-test-subj="huntEdaTimelinePanel"
    >
      {(data) => <TimelineCharts response={data} controls={controls} onSelect={onSelect} />}
    </AnalysisPanel>
  );
}
