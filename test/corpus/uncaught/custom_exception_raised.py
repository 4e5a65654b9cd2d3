class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
def validate(user):
    if not user.get('name'):
        raise ValidationError('name', 'must not be empty')
    if user.get('age', 0) < 0:
        raise ValidationError('age', 'must be non-negative')
    return True
print(validate({'name': 'ann', 'age': 3}))
try:
    validate({'name': ''})
except ValidationError as e:
    print('caught', e.field, e)
validate({'name': 'bob', 'age': -1})
