"""Resource clients, one module per `client.<resource>`; each is imported on first use."""
