class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def insert(root, val):
    if root is None:
        return Node(val)
    if val < root.val:
        root.left = insert(root.left, val)
    else:
        root.right = insert(root.right, val)
    return root
def inorder(n):
    return inorder(n.left) + [n.val] + inorder(n.right) if n else []
def preorder(n):
    return [n.val] + preorder(n.left) + preorder(n.right) if n else []
def height(n):
    return 1 + max(height(n.left), height(n.right)) if n else 0
def level_order(root):
    out, level = [], [root] if root else []
    while level:
        out.append([n.val for n in level])
        level = [c for n in level for c in (n.left, n.right) if c]
    return out
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(inorder(root), preorder(root), height(root))
print(level_order(root), level_order(None))
