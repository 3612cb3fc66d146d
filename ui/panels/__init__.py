"""The explanation panels beside and below the network: the stage, the actor, the impact strip."""
