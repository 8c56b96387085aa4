import KGStore
