import React, { useCallback, useRef, type ReactNode } from 'react';
import { Chart } from '@elastic/charts';
import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiText, EuiToolTip, useEuiTheme } from '@elastic/eui';
import { translate } from '../../lib/translate';

export interface ChartFrameProps {
  /** Shown above the chart and used for the PNG's file name and the chart's accessible name. */
  readonly title: string;
  /** The chart's height in pixels; with `grow`, its least height. */
  readonly height: number;
  /**
   * Fill the height left in a flex-column parent (a panel stretched to its row's height), so a chart beside a
   * taller panel leaves no empty band under it. The chart then never sets the row's height itself.
   */
  readonly grow?: boolean;
  /** Controls shown to the right of the title. */
  readonly controls?: ReactNode;
  /** A line under the chart (notes such as "412 conversations with OTR = 0 left out"). */
  readonly footnote?: ReactNode;
  readonly children: ReactNode;
  readonly 'data-test-subj'?: string;
}

function fileName(title: string): string {
  return `${title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'chart'}.png`;
}

/** An Elastic Chart with a title, its controls and a "save as PNG" button (elastic-charts' own snapshot). */
export function ChartFrame({ title, height, grow = false, controls, footnote, children, ...rest }: ChartFrameProps) {
  const chartRef = useRef<Chart>(null);
  const { euiTheme } = useEuiTheme();
  const savePng = useCallback(() => {
    const snapshot = chartRef.current?.getPNGSnapshot({ backgroundColor: euiTheme.colors.emptyShade });
    if (!snapshot || typeof snapshot.blobOrDataUrl !== 'string') return;
    const link = document.createElement('a');
    link.href = snapshot.blobOrDataUrl;
    link.download = fileName(title);
    document.body.appendChild(link);
    link.click();
    link.remove();
  }, [euiTheme.colors.emptyShade, title]);
  const saveLabel = translate('huntEda.chart.savePng', 'Save "{title}" as PNG', { title });
  const chart = (
    <Chart ref={chartRef} size={{ height: grow ? '100%' : height }}>
      {children}
    </Chart>
  );
  return (
    <div data-test-subj={rest['data-test-subj']} style={grow ? { display: 'flex', flexDirection: 'column', flex: '1 1 auto' } : undefined}>
      {/* EuiFlexGroup grows by default; in a growing frame only the chart takes the extra height. */}
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap style={grow ? { flexGrow: 0 } : undefined}>
        <EuiFlexItem>
          <EuiText size="s">
            <h4>{title}</h4>
          </EuiText>
        </EuiFlexItem>
        {controls ? <EuiFlexItem grow={false}>{controls}</EuiFlexItem> : null}
        <EuiFlexItem grow={false}>
          <EuiToolTip content={saveLabel}>
            <EuiButtonIcon iconType="download" aria-label={saveLabel} onClick={savePng} data-test-subj="huntEdaSavePng" />
          </EuiToolTip>
        </EuiFlexItem>
      </EuiFlexGroup>
      {grow ? (
        // A zero basis keeps the drawn canvas out of the row's height; the absolute box gives the chart a definite size.
        <div style={{ flex: '1 1 0', minHeight: height, position: 'relative' }}>
          <div style={{ position: 'absolute', inset: 0 }}>{chart}</div>
        </div>
      ) : (
        <div style={{ height }}>{chart}</div>
      )}
      {footnote ? (
        <EuiText size="xs" color="subdued">
          <p>{footnote}</p>
        </EuiText>
      ) : null}
    </div>
  );
}
