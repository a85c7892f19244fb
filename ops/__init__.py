"""Operations: the vertice CLI, the embedded local stack, migrations, executor and deployment files."""
