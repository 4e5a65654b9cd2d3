// A trace fixed as text, so the tests that use it need no interpreter: the tracer's output (format v1) for
//
//   def f(n):
//       total = 0
//       for i in range(n):
//           if i > 0:
//               total += i * i
//       return total
//
// called as `f(2)`.

export const TRUE_TRACE = `# etcot-trace v1 granularity=op
call f(n=2)
L2 total = 0
  set total = 0
L3 for i in range(n):
  eval range(2)
  eval range(0, 2)
  iter 1: i = 0
L4 if i > 0:
  eval 0 > 0
  eval False
  branch False -> else
L3 for i in range(n):
  iter 2: i = 1
L4 if i > 0:
  eval 1 > 0
  eval True
  branch True -> then
L5 total += i * i
  eval 0 + 1 * 1
  eval 0 + 1
  eval 1
  set total = 1
L3 for i in range(n):
  iter done
L6 return total
  return 1
RESULT: 1
`;
