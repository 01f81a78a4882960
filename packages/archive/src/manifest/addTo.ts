/** Adds `value` to the set kept under `key`, creating the set on first use (tallies per record type). */
export function addTo<T>(sets: Record<string, Set<T>>, key: string, value: T): void {
  let set = sets[key];
  if (!set) {
    set = new Set<T>();
    sets[key] = set;
  }
  set.add(value);
}
