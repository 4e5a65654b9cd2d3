config = {'db': {'host': 'localhost', 'port': 5432}, 'cache': {}}
print(config['db']['host'], config['db']['port'])
print(config['cache'].get('ttl', 60))
print(sorted(config))
print(config['cache']['ttl'])
