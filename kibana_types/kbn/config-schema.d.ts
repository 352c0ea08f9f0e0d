/**
 * `@kbn/config-schema`: the subset Hunt EDA's server may use. Unlike `@kbn/core/*` this package exists at
 * runtime inside Kibana (`<kibana>/node_modules/@kbn/config-schema`), so `server/` code may import its values;
 * the build keeps it external. Declared from packages/kbn-config-schema/src/types/*.
 */
export interface Type<V> {
  readonly type: V;
  validate(value: unknown, context?: Record<string, unknown>, namespace?: string): V;
}
export interface ObjectType<P extends Record<string, Type<unknown>> = Record<string, Type<unknown>>> extends Type<{ [K in keyof P]: P[K]['type'] }> {
  readonly props: P;
}
export type TypeOf<RT extends Type<unknown>> = RT['type'];
interface TypeOptions<T> {
  defaultValue?: T;
  validate?: (value: T) => string | void;
}
export declare const schema: {
  boolean(options?: TypeOptions<boolean>): Type<boolean>;
  string(options?: TypeOptions<string> & { minLength?: number; maxLength?: number }): Type<string>;
  number(options?: TypeOptions<number> & { min?: number; max?: number }): Type<number>;
  literal<T extends string | number | boolean>(value: T): Type<T>;
  arrayOf<T>(itemType: Type<T>, options?: TypeOptions<T[]> & { minSize?: number; maxSize?: number }): Type<T[]>;
  maybe<V>(type: Type<V>): Type<V | undefined>;
  oneOf<A, B>(types: [Type<A>, Type<B>], options?: TypeOptions<A | B>): Type<A | B>;
  object<P extends Record<string, Type<unknown>>>(props: P, options?: { unknowns?: 'allow' | 'ignore' | 'forbid' }): ObjectType<P>;
};
