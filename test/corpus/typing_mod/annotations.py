from typing import List, Dict, Optional, Tuple, Union, Any, Callable
def total(xs: List[int]) -> int:
    return sum(xs)
def lookup(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)
def pair(a: int, b: str = 'x') -> Tuple[int, str]:
    return a, b
def apply(f: Callable[[int], int], v: Union[int, float]) -> Any:
    return f(v)
count: int = 5
names: list[str] = ['a', 'b']
mapping: dict[str, list[int]] = {'k': [1]}
maybe: int | None = None
print(total([1, 2, 3]), lookup({'a': 1}, 'a'), lookup({}, 'z'), pair(1), apply(lambda x: x * 2, 4))
print(count, names, mapping, maybe)
class Node:
    def __init__(self, val: int, next: 'Optional[Node]' = None) -> None:
        self.val = val
        self.next = next
n = Node(1, Node(2))
print(n.val, n.next.val, n.next.next)
