# Plane geometry: polar coordinates, distances, angles and rotations.
import math

points = [(math.cos(k * 0.7) * (k + 1), math.sin(k * 1.3) * (k + 2)) for k in range(12)]
for x, y in points:
    r = math.hypot(x, y)
    theta = math.atan2(y, x)
    print(x, y, r, theta, math.degrees(theta), r * math.cos(theta), r * math.sin(theta))
for a, b in zip(points, points[1:]):
    print(math.dist(a, b), math.dist(a + (1.5,), b + (-2.25,)))
print(math.hypot(*[p[0] for p in points]), math.hypot(3e-320, 4e-320), math.hypot(1e308, 1e308))
angle = math.radians(33.3)
x, y = 1.0, 0.0
for _ in range(10):
    x, y = x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)
    print(x, y, math.atan2(y, x))
