/**
 * Runs `unmount`, a synchronous React update (flushSync) that deletes the tree drawn inside
 * `root`, while every node inside `root` stays where it is: for a print page that is final
 * (print-page.tsx: freezing), or one of its charts let go of before it (chart-card.tsx).
 *
 * React takes a deleted tree out with `removeChild`: the top nodes from their parent, and a
 * portal's children from the portal's container, wherever that is. Recharts draws its marks,
 * axes and labels through portals, into one `<g>` per z-index layer, so keeping `root`'s own
 * children alone kept empty charts. For the length of `unmount` only, a removal from `root` or
 * from any node inside it is skipped; any other removal works as usual.
 *
 * Why not a copy: a cloned page is new DOM, and the browser styles and lays it out again from
 * scratch, a whole section at a time (100 to 250 ms in one task, each page). The nodes kept are
 * the ones already laid out, so the freeze costs the unmount alone.
 */
export function keepNodesThroughUnmount(root: Node, unmount: () => void): void {
  const prototype = Node.prototype;
  const removeChild = prototype.removeChild;
  function removeOutsideRoot<T extends Node>(this: Node, child: T): T {
    return root.contains(this) ? child : (removeChild.call(this, child) as T);
  }
  prototype.removeChild = removeOutsideRoot;
  try {
    unmount();
  } finally {
    prototype.removeChild = removeChild;
  }
}
