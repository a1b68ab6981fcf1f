/** The parts of a valibot schema this walker reads (valibot keeps them public on every schema object). */
interface SchemaShape {
  type: string;
  entries?: Record<string, SchemaShape>;
  wrapped?: SchemaShape;
  item?: SchemaShape;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Paths of the fields in `input` that `schema` does not define, like "orderList[1].merchant.nickname".
 * Only plain `object` schemas are strict here; `looseObject` and `record` fields (such as
 * `paymentMethodMetaData`) accept any key, as they do at Antom.
 */
export function findUnknownFields(schema: SchemaShape, input: unknown, path = ''): string[] {
  if ((schema.type === 'optional' || schema.type === 'nullish' || schema.type === 'nullable') && schema.wrapped) {
    return input === undefined || input === null ? [] : findUnknownFields(schema.wrapped, input, path);
  }
  if (schema.type === 'array' && schema.item && Array.isArray(input)) {
    const item = schema.item;
    return input.flatMap((value, index) => findUnknownFields(item, value, `${path}[${index}]`));
  }
  if (schema.type === 'object' && schema.entries && isPlainObject(input)) {
    const entries = schema.entries;
    return Object.keys(input).flatMap((key) => {
      // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
      const child = Object.hasOwn(entries, key) ? entries[key] : undefined;
      const childPath = path ? `${path}.${key}` : key;
      return child ? findUnknownFields(child, input[key], childPath) : [childPath];
    });
  }
  return [];
}
