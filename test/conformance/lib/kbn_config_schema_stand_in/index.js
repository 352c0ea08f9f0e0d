/*
 * A stand-in for Kibana's @kbn/config-schema (packages/kbn-config-schema), which is not published on npm.
 * Inside Kibana, `require('@kbn/config-schema')` from plugins/huntEda/server resolves to Kibana's own copy;
 * the conformance test installs this file at the same place on the resolution path
 * (<kibana>/node_modules/@kbn/config-schema) so the built server can run in plain Node.
 *
 * It implements only the builders Hunt EDA calls, with config-schema's observable behaviour for them:
 * `validate(value)` returns the (defaulted, unknown-stripped) value or throws an Error naming the key path.
 * It is NOT a full reimplementation; passing here means "valid under these rules", not "valid in Kibana".
 */
'use strict';

class ValidationError extends Error {
  constructor(path, message) {
    super(path.length ? `[${path.join('.')}]: ${message}` : message);
    this.name = 'ValidationError';
  }
}

function makeType(check, options = {}) {
  return {
    __isKbnConfigSchemaType: true,
    validate(value, _context, _namespace, path = []) {
      if (value === undefined && options.defaultValue !== undefined) value = options.defaultValue;
      const result = check(value, path);
      if (options.validate) {
        const problem = options.validate(result);
        if (typeof problem === 'string') throw new ValidationError(path, problem);
      }
      return result;
    },
  };
}

const schema = {
  string(options = {}) {
    return makeType((value, path) => {
      if (typeof value !== 'string') throw new ValidationError(path, `expected value of type [string] but got [${value === null ? 'null' : typeof value}]`);
      if (options.minLength !== undefined && value.length < options.minLength) throw new ValidationError(path, `value has length [${value.length}] but it must have a minimum length of [${options.minLength}].`);
      if (options.maxLength !== undefined && value.length > options.maxLength) throw new ValidationError(path, `value has length [${value.length}] but it must have a maximum length of [${options.maxLength}].`);
      return value;
    }, options);
  },
  number(options = {}) {
    return makeType((value, path) => {
      if (typeof value !== 'number' || Number.isNaN(value)) throw new ValidationError(path, `expected value of type [number] but got [${typeof value}]`);
      if (options.min !== undefined && value < options.min) throw new ValidationError(path, `Value must be equal to or greater than [${options.min}].`);
      if (options.max !== undefined && value > options.max) throw new ValidationError(path, `Value must be equal to or lower than [${options.max}].`);
      return value;
    }, options);
  },
  boolean(options = {}) {
    return makeType((value, path) => {
      if (typeof value !== 'boolean') throw new ValidationError(path, `expected value of type [boolean] but got [${typeof value}]`);
      return value;
    }, options);
  },
  literal(expected) {
    return makeType((value, path) => {
      if (value !== expected) throw new ValidationError(path, `expected value to equal [${expected}]`);
      return value;
    });
  },
  maybe(type) {
    return makeType((value, path) => (value === undefined ? undefined : type.validate(value, undefined, undefined, path)));
  },
  oneOf(types, options = {}) {
    return makeType((value, path) => {
      const problems = [];
      for (const type of types) {
        try {
          return type.validate(value, undefined, undefined, path);
        } catch (error) {
          problems.push(error.message);
        }
      }
      throw new ValidationError(path, `types that failed validation: ${problems.join('; ')}`);
    }, options);
  },
  arrayOf(itemType, options = {}) {
    return makeType((value, path) => {
      if (!Array.isArray(value)) throw new ValidationError(path, `expected value of type [array] but got [${typeof value}]`);
      if (options.minSize !== undefined && value.length < options.minSize) throw new ValidationError(path, `array size is [${value.length}], but cannot be smaller than [${options.minSize}]`);
      if (options.maxSize !== undefined && value.length > options.maxSize) throw new ValidationError(path, `array size is [${value.length}], but cannot be greater than [${options.maxSize}]`);
      return value.map((item, i) => itemType.validate(item, undefined, undefined, [...path, String(i)]));
    }, options);
  },
  object(props, options = {}) {
    const unknowns = options.unknowns || 'forbid';
    const type = makeType((value, path) => {
      if (value === undefined) value = {};
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError(path, `expected a plain object value, but found [${value === null ? 'null' : typeof value}] instead.`);
      const out = {};
      for (const key of Object.keys(value)) {
        if (!(key in props)) {
          if (unknowns === 'forbid') throw new ValidationError([...path, key], 'definition for this key is missing');
          if (unknowns === 'allow') out[key] = value[key];
        }
      }
      for (const [key, propType] of Object.entries(props)) {
        const validated = propType.validate(value[key], undefined, undefined, [...path, key]);
        if (validated !== undefined) out[key] = validated;
      }
      return out;
    }, options);
    type.props = props;
    return type;
  },
};

module.exports = { schema, ValidationError };
