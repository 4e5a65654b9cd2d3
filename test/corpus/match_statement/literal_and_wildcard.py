def http(status):
    match status:
        case 200:
            return 'OK'
        case 301 | 302:
            return 'Redirect'
        case 404:
            return 'Not Found'
        case 'teapot':
            return "I'm a teapot"
        case None:
            return 'no status'
        case True:
            return 'true?'
        case _:
            return f'Unknown {status}'
for s in [200, 302, 404, 'teapot', None, True, 1, 500, 200.0]:
    print(repr(s), http(s))
