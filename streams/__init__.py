"""The Faust topology: the app, its settings, topics and agents."""
