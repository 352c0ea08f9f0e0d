import React from 'react';
import { EuiFlexGrid, EuiFlexItem, EuiPanel, EuiStat, EuiText, EuiTitle } from '@elastic/eui';
import type { ConversationsSummaryBody, IpConversationCountBody } from '../../../../common/api/conversations';
import { DIRECTIONS } from '../../../../common/model/direction';
import { getDirectionLabel } from '../../lib/direction_labels';
import { translate } from '../../lib/translate';

const count = (value: number): string => value.toLocaleString('en-US');
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

function TopList({ title, entries, tiesBeyond }: { title: string; entries: readonly IpConversationCountBody[]; tiesBeyond: number }) {
  return (
    <EuiPanel hasBorder paddingSize="s">
      <EuiTitle size="xxs">
        <h4>{title}</h4>
      </EuiTitle>
      <EuiText size="xs">
        <ol>
          {entries.map((entry) => (
            <li key={entry.ip}>
              <code>{entry.ip}</code> — {count(entry.conversations)}
            </li>
          ))}
        </ol>
        {tiesBeyond > 0 ? <p>{translate('huntEda.summary.ties', '{n} more tied with the last one', { n: tiesBeyond })}</p> : null}
      </EuiText>
    </EuiPanel>
  );
}

/** The facts a hunter states before plotting: counts per direction, unique pairs and hosts, the top talkers. */
export function SummaryCards({ summary }: { summary: ConversationsSummaryBody }) {
  const stats: { title: string; description: string; subj: string }[] = [
    { title: count(summary.conversations), description: translate('huntEda.summary.conversations', 'Conversations'), subj: 'conversations' },
    ...DIRECTIONS.map((direction) => ({
      title: count(summary.directions[direction]),
      description: getDirectionLabel(direction),
      subj: direction,
    })),
    {
      title: `${count(summary.unique_pairs.count)} (${percent(summary.unique_pairs.share)})`,
      description: translate('huntEda.summary.uniquePairs', 'Unique source–destination pairs'),
      subj: 'uniquePairs',
    },
    { title: count(summary.unique_sources), description: translate('huntEda.summary.uniqueSources', 'Unique sources'), subj: 'uniqueSources' },
    {
      title: count(summary.unique_destinations),
      description: translate('huntEda.summary.uniqueDestinations', 'Unique destinations'),
      subj: 'uniqueDestinations',
    },
    {
      title: count(summary.total_observations),
      description: translate('huntEda.summary.observations', 'Observations (alerts)'),
      subj: 'observations',
    },
  ];
  return (
    <>
      <EuiFlexGrid columns={4} gutterSize="s" responsive>
        {stats.map((stat) => (
          <EuiFlexItem key={stat.subj}>
            <EuiPanel hasBorder paddingSize="s" data-test-subj={`huntEdaFact-${stat.subj}`}>
              <EuiStat title={stat.title} description={stat.description} titleSize="s" reverse />
            </EuiPanel>
          </EuiFlexItem>
        ))}
      </EuiFlexGrid>
      <EuiFlexGrid columns={2} gutterSize="s" style={{ marginTop: 8 }}>
        <EuiFlexItem>
          <TopList
            title={translate('huntEda.summary.topSources', 'Top sources (conversations)')}
            entries={summary.top_sources}
            tiesBeyond={summary.top_sources_ties_beyond_cutoff}
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <TopList
            title={translate('huntEda.summary.topDestinations', 'Top destinations (conversations)')}
            entries={summary.top_destinations}
            tiesBeyond={summary.top_destinations_ties_beyond_cutoff}
          />
        </EuiFlexItem>
      </EuiFlexGrid>
    </>
  );
}
