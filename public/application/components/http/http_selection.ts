import type { TimelineOutlier } from '../../../../common/api/timeline';
import type { TransferOutlierDatum } from '../../../charts/compute_method_box_plot_model';

/** What a click in the HTTP view selected: an outlier bucket of the timeline or one outlier transfer. */
export type HttpSelection =
  | { readonly kind: 'bucket'; readonly outlier: TimelineOutlier }
  | { readonly kind: 'transfer'; readonly transfer: TransferOutlierDatum };
