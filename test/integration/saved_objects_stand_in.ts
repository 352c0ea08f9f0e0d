/**
 * Kibana's saved-objects client, as far as the sample-data install uses it (`bulkCreate`), for tests that
 * run the routes outside Kibana. It keeps objects in memory and behaves as Kibana's repository does for
 * that call: each object of a type registered here is validated against its latest model version's
 * `create` schema (with the config-schema stand-in the conformance suite uses), an existing object without
 * `overwrite` is a 409, and failures come back per object (`error`), not as a thrown call.
 *
 * It is a stand-in: passing here means "the objects we send satisfy our own type's schema and the call's
 * contract as read from Kibana's source", not that a running Kibana accepted them.
 */
import type { SavedObject, SavedObjectReference, SavedObjectsClientContract, SavedObjectsType } from '@kbn/core/server';
import type { ConfigSchemaBuilder } from '../../server/ui_settings/load_config_schema';

interface CreateSchema {
  validate(value: unknown): unknown;
}

export interface SavedObjectsStandIn extends SavedObjectsClientContract {
  /** What was created, by `type:id`, in the order of the calls. */
  readonly objects: ReadonlyMap<string, SavedObject<unknown>>;
}

/** The conformance suite's @kbn/config-schema stand-in (Kibana's own is not on npm). */
export function loadConfigSchemaStandIn(): ConfigSchemaBuilder {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS file shared with the conformance suite
  return (require('../conformance/lib/kbn_config_schema_stand_in') as { schema: ConfigSchemaBuilder }).schema;
}

function latestCreateSchema(type: SavedObjectsType): CreateSchema | undefined {
  const versions = Object.entries(type.modelVersions ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  const latest = versions.at(-1)?.[1] as { schemas?: { create?: CreateSchema } } | undefined;
  return latest?.schemas?.create;
}

const notUsed = (method: string) => (): never => {
  throw new Error(`saved-objects stand-in: ${method} is not used by the code under test`);
};

export function createSavedObjectsStandIn(registeredTypes: readonly SavedObjectsType[]): SavedObjectsStandIn {
  const objects = new Map<string, SavedObject<unknown>>();
  const schemas = new Map(registeredTypes.map((type) => [type.name, latestCreateSchema(type)]));
  let counter = 0;

  return {
    objects,
    async bulkCreate<T>(requested: Array<{ type: string; id?: string; attributes: T; references?: SavedObjectReference[] }>, options: { overwrite?: boolean } = {}) {
      const saved_objects = requested.map((object): SavedObject<T> => {
        const id = object.id ?? `generated-${++counter}`;
        const key = `${object.type}:${id}`;
        const failure = (statusCode: number, message: string) => ({ type: object.type, id, attributes: object.attributes, references: object.references ?? [], error: { statusCode, error: statusCode === 409 ? 'Conflict' : 'Bad Request', message } });
        try {
          schemas.get(object.type)?.validate(object.attributes);
        } catch (error) {
          return failure(400, error instanceof Error ? error.message : String(error));
        }
        if (objects.has(key) && !options.overwrite) return failure(409, `Saved object [${key}] conflict`);
        const created: SavedObject<T> = { type: object.type, id, attributes: object.attributes, references: object.references ?? [], version: `v${++counter}` };
        objects.set(key, created as SavedObject<unknown>);
        return created;
      });
      return { saved_objects };
    },
    create: notUsed('create'),
    get: notUsed('get'),
    find: notUsed('find'),
    update: notUsed('update'),
    delete: notUsed('delete'),
  };
}
