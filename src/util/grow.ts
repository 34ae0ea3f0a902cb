/** A typed array twice as long, holding the same values first: the buffers that grow as text is pushed into them. */
type Growable = Uint8Array | Uint16Array | Int32Array;

export function doubled<T extends Growable>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
