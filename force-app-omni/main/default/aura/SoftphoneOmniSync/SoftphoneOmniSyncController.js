({
    // Reads the mapping, then Omni-Channel's status (rejected while the agent is signed out of Omni-Channel).
    init: function (component, event, helper) {
        var action = component.get('c.getConfiguration');
        action.setCallback(this, function (response) {
            if (response.getState() === 'SUCCESS') {
                component.set('v.configuration', response.getReturnValue());
            } else {
                helper.reportFailure(component, 'getConfiguration', response.getError());
            }
            helper.readOmniStatus(component);
        });
        $A.enqueueAction(action);
    },
    statusChanged: function (component, event) {
        component.find('sync').omniStatusChanged(event.getParam('statusApiName'));
    },
    loggedIn: function (component, event, helper) {
        helper.readOmniStatus(component);
    },
    loggedOut: function (component) {
        component.find('sync').omniStatusChanged(undefined);
    },
    setPresence: function (component, event, helper) {
        var statusId = event.getParam('statusId');
        var apiName = event.getParam('apiName');
        component
            .find('omniToolkit')
            .setServicePresenceStatus({ statusId: statusId })
            .catch(function (error) {
                helper.reportFailure(component, apiName, error);
            });
    }
});
