/**
 * A filter on one field that every analysis source can push down to its engine (a `bool.filter` clause
 * in Elasticsearch, a `WHERE` conjunct in SQL). Fields are named as the documents name them
 * (`alert.signature_id`, `id.resp_h`, `source.ip`), so one field mapping serves every engine.
 * All filters of a query must hold (AND); `negate` turns one into its complement.
 */
export type FieldFilter = TermsFilter | RangeFilter | NetworksFilter | ExistsFilter;

/** The field equals one of the values (exact, case-sensitive, as a keyword `terms` query). */
export interface TermsFilter {
  readonly kind: 'terms';
  readonly field: string;
  readonly values: ReadonlyArray<string | number | boolean>;
  readonly negate?: boolean;
}

/** A numeric bound or bounds on the field; a document without the field does not match. */
export interface RangeFilter {
  readonly kind: 'range';
  readonly field: string;
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
}

/**
 * The IP field lies inside one of the CIDRs (IPv4 or IPv6). With `negate`, outside all of them, e.g.
 * "destination outside the home networks"; a document without the field matches neither way.
 */
export interface NetworksFilter {
  readonly kind: 'networks';
  readonly field: string;
  readonly cidrs: readonly string[];
  readonly negate?: boolean;
}

/** The field has a value (not missing, not null). */
export interface ExistsFilter {
  readonly kind: 'exists';
  readonly field: string;
  readonly negate?: boolean;
}
