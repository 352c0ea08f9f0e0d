import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import { checkViewSource, huntEdaViewStateFieldsSchema, huntEdaViewStateSchema, type HuntEdaView } from '../saved_views/hunt_eda_view';

/** List (GET, `?search=`) and create (POST). */
export const SAVED_VIEWS_API_PATH = `${INTERNAL_API_BASE}/saved_views`;
/** Open (GET), update (PUT, with `version`) and delete (DELETE) one view. */
export const SAVED_VIEW_API_PATH = `${INTERNAL_API_BASE}/saved_views/{id}`;

export const savedViewIdSchema = z.object({ id: z.string().min(1, { error: 'expected a saved view id' }).max(512) }).strict();

export const findSavedViewsQuerySchema = z
  .object({
    search: z.string().max(200).optional(),
    per_page: z.coerce
      .number({ error: 'expected per_page to be a number' })
      .int({ error: 'expected per_page to be a whole number' })
      .min(1, { error: 'expected per_page of at least 1' })
      .max(1000, { error: 'expected per_page of at most 1000' })
      .default(100),
  })
  .strict();

export const createSavedViewRequestSchema = huntEdaViewStateSchema;

/**
 * An update must say which version it edits: the saved-objects client then refuses a stale one with a 409,
 * so two analysts editing the same view never overwrite each other silently.
 */
export const updateSavedViewRequestSchema = huntEdaViewStateFieldsSchema
  .extend({
    version: z.string({ error: 'expected version (the saved view version you edited) — required to detect concurrent edits' }).min(1),
  })
  .superRefine(checkViewSource);

export type CreateSavedViewRequestBody = z.input<typeof createSavedViewRequestSchema>;
export type UpdateSavedViewRequestBody = z.input<typeof updateSavedViewRequestSchema>;

export interface FindSavedViewsResponse {
  readonly total: number;
  readonly views: readonly HuntEdaView[];
}
export type SavedViewResponse = HuntEdaView;
