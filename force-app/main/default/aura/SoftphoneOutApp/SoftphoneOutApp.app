<aura:application
    access="GLOBAL"
    extends="ltng:outApp"
    description="Lightning Out dependency app: lets the Softphone page render c-softphone."
>
    <aura:dependency resource="c:softphone" />
</aura:application>
