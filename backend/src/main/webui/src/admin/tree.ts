/** The union tree (工会组织树) from the flat list GET /api/v1/units answers. */
export interface TreeUnit { id?: string; parentId?: string; name?: string; level?: string }
export interface TreeNode { id: string; label: string; level?: string; children: TreeNode[] }

/** Nests units under their parents; a unit whose parent is not in the list is a root. */
export function buildTree(units: TreeUnit[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>()
  for (const u of units) if (u.id) nodes.set(u.id, { id: u.id, label: u.name ?? u.id, level: u.level, children: [] })
  const roots: TreeNode[] = []
  for (const u of units) {
    if (!u.id) continue
    const node = nodes.get(u.id)!
    const parent = u.parentId ? nodes.get(u.parentId) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
    for (const n of list) sort(n.children)
  }
  sort(roots)
  return roots
}
