from amends.accounts.models import User
from amends.spaces.models import Space


def load_demo_path(*, space: Space, hurt: User, injuring: User) -> None:
    """Filled in with the repair path's services."""
