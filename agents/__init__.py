"""One module per stage: pure, typed, batch-in/batch-out cores that import no app."""
