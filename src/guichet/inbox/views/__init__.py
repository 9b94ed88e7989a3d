"""Views of the agent's workbench: home, inbox, message page and its actions, history, canned responses."""
