/**
 * Keeps `parent`'s present children in place when React unmounts the tree that rendered them, for
 * a print page that is final (print-page.tsx: freezing). React takes a deleted tree's top nodes
 * out with `parent.removeChild(node)`; until the returned release is called, that call leaves
 * these nodes where they are (any other child is removed as usual).
 *
 * Why not a copy: a cloned page is new DOM, and the browser styles and lays it out again from
 * scratch, a whole section at a time (100 to 250 ms in one task, each page). The nodes kept are
 * the ones already laid out, so the freeze costs the unmount alone.
 */
export function keepChildrenThroughUnmount(parent: Element): () => void {
  const kept = new Set<Node>(Array.from(parent.childNodes));
  // An own property over Node.prototype.removeChild, for this element only.
  parent.removeChild = function removeUnlessKept<T extends Node>(this: Element, child: T): T {
    return kept.has(child) ? child : Node.prototype.removeChild.call(this, child) as T;
  };
  return () => {
    Reflect.deleteProperty(parent, 'removeChild');
    kept.clear();
  };
}
