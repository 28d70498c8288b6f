/**
 * A function of an object (a sentence, a block, a document) worked out once and kept as long as
 * the object lives. Several rules ask for the same sentence's words or the same block's tokens:
 * each is worked out on the first ask only.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}
