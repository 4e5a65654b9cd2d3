class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
def build(vals):
    head = None
    for v in reversed(vals):
        head = ListNode(v, head)
    return head
def to_list(node):
    out = []
    while node:
        out.append(node.val)
        node = node.next
    return out
def reverse(node):
    prev = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev
def merge(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next
print(to_list(reverse(build([1, 2, 3, 4]))), to_list(reverse(None)))
print(to_list(merge(build([1, 4, 6]), build([2, 3, 7, 8]))))
