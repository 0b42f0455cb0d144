"""Helpers of the decode stage (yilian.clean.decode), one concern per module."""
