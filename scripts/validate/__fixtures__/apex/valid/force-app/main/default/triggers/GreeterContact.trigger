trigger GreeterContact on Contact(before insert) {
    Greeter.stamp(Trigger.new);
}
