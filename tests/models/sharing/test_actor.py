from models.sharing import actor


def test_the_os_user_stands_in_until_someone_logs_in(monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "pustakawan")
    actor.reset()
    assert actor.current().name == "pustakawan"
    assert actor.current().user_id is None
    actor.set_user("Rina", 3)
    assert (actor.current().name, actor.current().user_id) == ("Rina", 3)
    actor.reset()
    assert actor.current().name == "pustakawan"

